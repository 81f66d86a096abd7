# Aan de toonbank, in het commando fidele: kaartnummers, een klant vinden, verkopen en punten.
cli-show-member-number = kaartnr.
