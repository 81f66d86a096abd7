# Wat er mis is, in de woorden van de winkelier: één bericht per code van
# fidele_domain::ErrorCode (error-<code>) en per soort fout van de app (error-kind-*).

## Elk veld
error-empty = Vul dit in.
error-too-long = Langer dan { $max } tekens.
error-more-than = Meer dan { $max }.
error-more-than-percent = Meer dan { $max } %.
error-negative = Mag niet negatief zijn.
error-not-in-range = ‘{ $value }’ is geen getal van { $min } tot { $max }.
error-not-one-of = ‘{ $value }’ is niet een van: { $choices }.
error-not-whole-number = ‘{ $value }’ is geen geheel getal.
error-not-yes-no = ‘{ $value }’ is geen ja of nee.
error-not-text = Onleesbare tekst (verandert het bestand van codering?).

## Klanten
error-no-name = Geef een naam: voornaam, achternaam of bedrijf.
error-not-an-email = ‘{ $value }’ is geen e-mailadres.
error-not-a-phone = ‘{ $value }’ is geen telefoonnummer.
error-phone-not-in-use = ‘{ $value }’ is geen telefoonnummer: dit aantal cijfers of dit voorvoegsel bestaat niet ({ $country }).
error-not-a-country = ‘{ $value }’ is geen land: schrijf de landcode van twee letters (FR, BE, NL, GB, TH…).
error-not-a-language = ‘{ $value }’ is geen Frans, Nederlands, Engels of Thai.
error-in-the-future = { $value } ligt in de toekomst.
error-refer-self = Een klant kan zichzelf niet aanbevelen.
error-no-such-customer = Klant nr. { $id } bestaat niet.
error-no-such-household = Huishouden nr. { $id } bestaat niet.
error-household-no-name = Geef het huishouden een naam.
error-household-self = Kies een andere klant om mee samen te wonen.
error-customer-erased = Klant nr. { $id } is gewist: de fiche kan niet meer veranderen.
error-same-customer = Een klant is altijd dezelfde persoon als zichzelf.

## Datums
error-no-such-month = Maand { $month } bestaat niet.
error-not-a-day = { $value } is geen dag van de kalender.
error-too-far-back = Het jaar { $year } ligt te ver terug.
error-not-iso-birthday = ‘{ $value }’ is geen datum: schrijf JJJJ-MM-DD, of --MM-DD zonder het jaar.
error-not-a-birthday = ‘{ $value }’ is geen verjaardag (schrijf die als 14/07/1985, of 14/07 zonder het jaar).
error-no-year = ‘{ $value }’ heeft geen jaar.
error-not-a-time = ‘{ $value }’ is geen tijd (schrijf die als 14:30).
error-not-a-date = ‘{ $value }’ is geen datum (schrijf die als 14/07/2024).
error-not-a-date-time = ‘{ $value }’ is geen datum en tijd.
error-not-a-month = ‘{ $value }’ is geen maand (JJJJ-MM).
error-not-a-week = ‘{ $value }’ is geen week (JJJJ-Www, zoals 2026-W11).
error-end-before-start = De laatste dag ligt vóór de eerste.
error-period-too-long = Een periode beslaat hoogstens een jaar.
error-due-before-interaction = De vervaldatum ligt vóór het contact zelf.

## Geld en aankopen
error-not-an-amount = ‘{ $value }’ is geen bedrag (schrijf het als 12,50 of 12.50).
error-too-precise = ‘{ $value }’ heeft meer decimalen dan de munt toelaat.
error-too-large = ‘{ $value }’ is te groot.
error-not-a-currency = ‘{ $value }’ is geen muntcode zoals EUR of THB.
error-amount-zero = Het bedrag is nul.
error-refund-not-negative = Een terugbetaling is een negatief bedrag.
error-margin-other-currency = De marge moet in de munt van de aankoop zijn.
error-refund-stays-linked = Een terugbetaling blijft gekoppeld aan de aankoop die ze terugbetaalt: verwijder ze en registreer een nieuwe.
error-less-than-refunded = Van deze aankoop werd al { $refunded } terugbetaald: het bedrag kan niet lager zijn.
error-has-refunds = Aankoop nr. { $id } heeft terugbetalingen die ernaar verwijzen ({ $refunds }): verwijder die eerst.
error-no-such-purchase = Aankoop nr. { $id } bestaat niet.
error-refund-of-refund = Aankoop nr. { $id } is zelf een terugbetaling.
error-refund-other-customer = Aankoop nr. { $id } hoort bij een andere klant.
error-refund-currency = Moet in { $currency } zijn, de munt van aankoop nr. { $id }.
error-refund-too-much = Meer dan er nog terug te betalen is van aankoop nr. { $id } ({ $left }).

## Contacten en herinneringen
error-no-summary = Zeg in een paar woorden wat er gebeurde.
error-no-resolution = Zeg hoe het werd opgelost.
error-no-title = Zeg wat er moet gebeuren.
error-repeat-at-least-one = Herhaal minstens om de 1 dag of maand.

## De winkel en het bestand
error-logo-not-png = Het logo is geen PNG-afbeelding.
error-logo-too-large = Het logo is groter dan { $max } MB.
error-file-unreadable = Het bestand kan niet gelezen worden ({ $detail }).
error-choose-file-again = Kies het bestand opnieuw.
error-passphrase-empty = De wachtzin mag niet leeg zijn.
error-passphrase-nul = De wachtzin mag geen NUL-teken bevatten.
error-passphrase-missing = Geef de huidige wachtzin.
error-passphrase-wrong = Dit is niet de huidige wachtzin.
error-undo-expired = Dit kan niet meer ongedaan gemaakt worden (dat kan { $minutes } minuten lang).
error-undo-changed-since = De samengevoegde klant werd na het samenvoegen gewijzigd: het kan niet meer ongedaan gemaakt worden.
error-undo-customer-number-taken = Klantnummer { $id } is intussen aan iemand anders gegeven: het samenvoegen kan niet meer ongedaan gemaakt worden.
error-undo-purchase-number-taken = Aankoopnummer { $id } is intussen aan een andere verkoop gegeven: ze kan niet meer teruggezet worden.
error-generate-again = Maak de kaarten opnieuw aan en registreer ze dan.
error-newsletter-email-only = Een nieuwsbriefexport bevat alleen klanten die e-mail willen ontvangen.

## Een binnenkomend bestand
error-file-empty = Het bestand is leeg.
error-no-header = Het bestand heeft geen kopregel.
error-no-name-column = Geen enkele kolom bevat een naam, e-mail, telefoon of referentie (kolommen: { $headers }). Zeg welke dat doet.
error-missing-column = Het bestand heeft een kolom ‘{ $column }’ nodig (kolommen: { $headers }).
error-no-cards = Het bestand bevat geen vCard.
error-no-column-named = Geen enkele kolom heet ‘{ $column }’.
error-no-column-number = Er is geen kolom { $n } (het bestand heeft er { $count }).
error-names-no-column = ‘{ $value }’ noemt geen kolom.
error-not-a-mapping = ‘{ $value }’ is niet KOLOM=VELD.
error-field-count = { $found } velden waar { $expected } verwacht worden (een scheidingsteken te veel of te weinig, of een open aanhalingsteken?).
error-no-identity = Niets wijst iemand aan: geen naam, bedrijf, e-mail, telefoon of referentie.
error-not-a-sale = ‘{ $value }’ is geen verkoop.
error-unknown-email = Geen enkele klant heeft het e-mailadres { $value }.
error-unknown-phone = Geen enkele klant heeft het telefoonnummer { $value }.
error-unknown-number = Geen enkele klant heeft het nummer ‘{ $value }’.
error-card-not-closed = De vCard wordt niet afgesloten met END:VCARD.
error-card-unreadable = De vCard kan niet gelezen worden.
error-read-error = Het lezen stopte: { $detail }.

## Soorten fouten
error-kind-invalid = Sommige velden moeten verbeterd worden.
error-kind-not-found = { $what ->
    [customer] Klant nr. { $id } bestaat niet (meer).
    [purchase] Aankoop nr. { $id } bestaat niet (meer).
    [interaction] Dit contact bestaat niet (meer).
    [reminder] Deze herinnering bestaat niet (meer).
   *[other] Wat u vraagt bestaat niet (meer).
}
error-kind-conflict = { $reason ->
    [locked] Dit klantenbestand is al open in een ander Fidèle-venster of programma.
    [too-new] Dit klantenbestand werd geschreven door een nieuwere versie van Fidèle: werk Fidèle bij om het te openen. Het bleef onaangeroerd.
    [not-fidele] Dit is geen klantenbestand van Fidèle; het bleef onaangeroerd.
    [corrupt] Dit klantenbestand is beschadigd.
    [not-encrypted] Dit klantenbestand is niet beveiligd met een wachtzin.
    [not-empty] Het klantenbestand is niet leeg.
    [nobody] Niemand krijgt een kaart in deze reeks.
   *[other] Dit kan nu niet.
}
error-kind-needs-passphrase = Dit klantenbestand is beveiligd met een wachtzin: geef die om het te openen.
error-kind-wrong-passphrase = Verkeerde wachtzin: het bestand bleef onaangeroerd.
error-kind-read-only = Er werd niets bewaard: dit klantenbestand is alleen-lezen (een beveiligd bestand, map of schijf). Kopieer het naar een map waarin u kunt schrijven om het te wijzigen.
error-kind-disk-full = Er werd niets bewaard: de schijf is vol. Het klantenbestand is heel; maak ruimte vrij en probeer opnieuw.
error-kind-busy = { $writer ->
    [import] Het klantenbestand is bezet: er loopt een import die erin schrijft. Er werd niets bewaard; probeer opnieuw als die klaar is.
   *[other] Het klantenbestand is bezet: een ander programma schrijft erin. Er werd niets bewaard; probeer het zo meteen opnieuw.
}
error-kind-update = { $reason ->
    [unreachable] De updateserver is niet bereikbaar (geen internet, of de server ligt plat). Fidèle werkt gewoon verder; probeer het later opnieuw.
    [unreadable] Het antwoord van de updateserver is onleesbaar: er is geen update aangeboden.
    [bad-signature] Deze update is geweigerd: de handtekening klopt niet met die van Fidèle. Misschien is hij gewijzigd of komt hij niet van de makers van Fidèle. Er is niets geïnstalleerd en het klantenbestand is onaangeroerd.
    [backup-failed] De update is niet geïnstalleerd: er kon eerst geen back-up van het klantenbestand worden gemaakt. Controleer de back-upmap in Instellingen en probeer het opnieuw.
    [install-failed] De update is niet geïnstalleerd (de installatie is geannuleerd of geweigerd). Fidèle en het klantenbestand zijn zoals ze waren.
   *[not-offered] Er is geen update meer om te installeren: controleer opnieuw.
}
error-kind-storage = Het klantenbestand kon niet gelezen of geschreven worden ({ $detail }).
error-kind-internal = Er liep iets mis in Fidèle ({ $detail }).
