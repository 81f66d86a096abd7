# Countries as printed on the last line of an address, on cards (as written here) and on
# labels (in capitals, as the post asks): one table for both (crates/usecases/src/places.rs).
# The id is country- and the ISO 3166 code in lower case; a country not here prints its code.

country-fr = ฝรั่งเศส
country-be = เบลเยียม
country-nl = เนเธอร์แลนด์
country-lu = ลักเซมเบิร์ก
country-de = เยอรมนี
country-ch = สวิตเซอร์แลนด์
country-gb = สหราชอาณาจักร
country-ie = ไอร์แลนด์
country-es = สเปน
country-it = อิตาลี
country-pt = โปรตุเกส
country-mc = โมนาโก
country-at = ออสเตรีย
country-us = สหรัฐอเมริกา
country-ca = แคนาดา
country-th = ประเทศไทย
