# Countries as printed on the last line of an address, on cards (as written here) and on
# labels (in capitals, as the post asks): one table for both (crates/usecases/src/places.rs).
# The id is country- and the ISO 3166 code in lower case; a country not here prints its code.

country-fr = France
country-be = Belgium
country-nl = Netherlands
country-lu = Luxembourg
country-de = Germany
country-ch = Switzerland
country-gb = United Kingdom
country-ie = Ireland
country-es = Spain
country-it = Italy
country-pt = Portugal
country-mc = Monaco
country-at = Austria
country-us = United States
country-ca = Canada
country-th = Thailand
