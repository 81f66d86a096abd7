# Countries as printed on the last line of an address, on cards (as written here) and on
# labels (in capitals, as the post asks): one table for both (crates/usecases/src/places.rs).
# The id is country- and the ISO 3166 code in lower case; a country not here prints its code.

country-fr = France
country-be = Belgique
country-nl = Pays-Bas
country-lu = Luxembourg
country-de = Allemagne
country-ch = Suisse
country-gb = Royaume-Uni
country-ie = Irlande
country-es = Espagne
country-it = Italie
country-pt = Portugal
country-mc = Monaco
country-at = Autriche
country-us = États-Unis
country-ca = Canada
country-th = Thaïlande
