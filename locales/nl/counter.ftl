# Aan de toonbank, in het commando fidele: kaartnummers, een klant vinden, verkopen en punten.
cli-show-member-number = kaartnr.

## Weigeringen aan de toonbank (foutcodes).
error-member-number-check = { $value } is geen kaartnummer: een cijfer klopt niet of twee staan verwisseld. Scan of typ het opnieuw.
error-no-such-member-number = Geen enkele klant heeft kaart nr. { $value }.
error-member-number-stopped = Kaart nr. { $value } is stopgezet (kaart kwijt); ze was van { $name }.
error-not-enough-points = Niet genoeg punten: het saldo is { $balance }, gevraagd { $cost }.
error-no-such-offer = Geen enkele kaart droeg de aanbiedingscode { $code }.
error-offer-expired = De aanbieding { $code } is verlopen op { $until }.
error-offer-already-used = De aanbieding { $code } is al gebruikt op { $at }.
error-offer-other-customer = De aanbieding { $code } is van { $name }.
error-loyalty-off = De winkel heeft geen spaarprogramma: zet het aan in Instellingen.

## De commando's van de toonbank.
cli-counter-offer-good = geldig tot { $until }
cli-counter-offer-expired = geweigerd: verlopen
cli-counter-offer-already-used = geweigerd: al gebruikt
cli-counter-offer-other-customer = geweigerd: van een andere klant
cli-counter-stopped = Kaart nr. { $number } is stopgezet (kaart kwijt). Ze was van { $name } (nr. { $id }), die nu kaart nr. { $current } heeft.
cli-counter-nothing-member-number-check = { $value } is geen kaartnummer: een cijfer klopt niet of twee staan verwisseld.
cli-counter-nothing-no-such-member-number = Geen enkele klant heeft kaart nr. { $value }.
cli-counter-nothing-nothing = Niemand gevonden voor ‘{ $value }’.
cli-counter-sale-done = { $earned ->
    [one] 1 punt verdiend
   *[other] { $earned } punten verdiend
}; saldo { $balance }.
cli-counter-refund-done = { $taken ->
    [one] 1 punt teruggenomen
   *[other] { $taken } punten teruggenomen
}; saldo { $balance }.
cli-counter-balance = { $unit ->
    [stamps] Stempels: { $balance }
   *[points] Punten: { $balance }
}
cli-timeline-points = punten
