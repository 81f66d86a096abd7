# Countries as printed on the last line of an address, on cards (as written here) and on
# labels (in capitals, as the post asks): one table for both (crates/usecases/src/places.rs).
# The id is country- and the ISO 3166 code in lower case; a country not here prints its code.

country-fr = Frankrijk
country-be = België
country-nl = Nederland
country-lu = Luxemburg
country-de = Duitsland
country-ch = Zwitserland
country-gb = Verenigd Koninkrijk
country-ie = Ierland
country-es = Spanje
country-it = Italië
country-pt = Portugal
country-mc = Monaco
country-at = Oostenrijk
country-us = Verenigde Staten
country-ca = Canada
country-th = Thailand
