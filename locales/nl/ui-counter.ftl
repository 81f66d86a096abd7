# Het toonbankscherm, de klantenkaart op de klantpagina, de spaarregels in Instellingen.
member-number = Kaartnr. { $number }
member-reissue = Kaart kwijt: nieuw nummer
member-reissue-title = { $name } een nieuw kaartnummer geven?
member-reissue-what = Kaart nr. { $number } wordt stopgezet: wie hem scant, krijgt dat te zien, met de naam van deze klant. De punten blijven bij de klant.
member-reissue-confirm = Stopzetten en een nieuw nummer geven
member-reissue-cancel = Dit nummer houden
member-reissued = Nieuwe kaart nr. { $number }; de oude is stopgezet.

## Het toonbankscherm.
nav-counter = Toonbank
counter-title = Aan de toonbank
counter-scan-label = Scan een kaart, of typ een kaartnummer, een aanbiedingscode, een telefoonnummer of een naam
counter-scan-help = Enter sluit een scan af. Esc in de verkoop brengt u hier terug.
counter-enrol = Nieuwe klant
counter-stopped = Kaart nr. { $number } is stopgezet (kaart kwijt). Ze was van { $name }.
counter-stopped-current = Hun kaart is nu nr. { $number }.
counter-open = { $name } openen
counter-choose = Meerdere klanten komen overeen: welke?
counter-nothing-member-number-check = { $value } is geen kaartnummer: een cijfer klopt niet of twee staan verwisseld. Scan opnieuw.
counter-nothing-no-such-member-number = Geen enkele klant heeft kaart nr. { $value }.
counter-nothing-nothing = Niemand gevonden voor ‘{ $value }’.
counter-points = { $n ->
    [one] { $n } punt
   *[other] { $n } punten
}
counter-stamps = { $n ->
    [one] { $n } stempel
   *[other] { $n } stempels
}
counter-sale-done = Verkoop geboekt: +{ $earned } { $unit ->
    [stamps] { $earned ->
        [one] stempel
       *[other] stempels
    }
   *[points] { $earned ->
        [one] punt
       *[other] punten
    }
}, saldo { $balance }.
counter-accept-anyway = Toch aanvaarden (wordt genoteerd)
counter-missing = Nog { $missing } { $unit ->
    [stamps] { $missing ->
        [one] stempel
       *[other] stempels
    }
   *[points] { $missing ->
        [one] punt
       *[other] punten
    }
} voor { $reward }
counter-spend = Gebruiken: { $reward } ({ $cost } { $unit ->
    [stamps] stempels
   *[points] punten
})
counter-loyalty-off = Geen spaarprogramma: zet het aan in Instellingen.
counter-birthday = Verjaardag deze week: { $date }
counter-complaint = Open klacht: { $summary }
counter-offer-valid = Aanbieding { $code }: { $percent }% korting, tot { $until }
counter-offer-scanned = Aanbieding { $code } gescand: { $percent }% korting op deze verkoop.
counter-offer-expired = De aanbieding { $code } is verlopen.
counter-offer-already-used = De aanbieding { $code } is al gebruikt.
counter-offer-other-customer = De aanbieding { $code } is van { $name }.
counter-refund-amount = Terugbetaald bedrag
counter-refund = Terugbetalen
counter-say = Te zeggen:
counter-sale-title = Verkoop
counter-amount = Bedrag
counter-more = Categorie, aanbiedingscode
counter-category = Categorie
counter-offer-code = Aanbiedingscode
counter-record = Verkoop boeken
counter-last-purchases = Laatste aankopen
counter-entry-earned = verdiend
counter-entry-spent = gebruikt
counter-entry-expired = vervallen
counter-entry-refunded = terugbetaling
counter-entry-adjusted = correctie
counter-enrol-ask = Mogen we…
counter-enrol-post = u af en toe een kaart per post sturen?
counter-enrol-email = u mailen?
counter-enrol-sms = u een sms sturen?
counter-enrol-contact = Een telefoonnummer of een e-mailadres, alstublieft.
counter-enrolled = Welkom, { $name }: kaart nr. { $number }.
counter-enrol-first = Voornaam
counter-enrol-last = Achternaam
counter-enrol-phone = Telefoon
counter-enrol-email-address = E-mailadres
counter-enrol-save = Inschrijven
counter-enrol-cancel = Annuleren

## Instellingen: de spaarregels.
loyalty-title = Spaarpunten
loyalty-enabled = Verkopen leveren punten of stempels op
loyalty-unit = Verkopen leveren op
loyalty-unit-points = punten per uitgegeven euro (of baht)
loyalty-unit-stamps = een stempel per bezoek boven een minimum
loyalty-per-unit = Punten per hele munteenheid
loyalty-stamp-min = Minimumaankoop voor een stempel
loyalty-rewards = Beloningen (de goedkoopste eerst)
loyalty-reward-cost = Kost (punten of stempels)
loyalty-reward-value = Korting
loyalty-reward-label = Of een geschenk, met naam
loyalty-expiry = Punten vervallen na (maanden)
loyalty-expiry-help = 0: ze vervallen nooit. De oudste worden eerst gebruikt.
loyalty-birthday = Dubbele punten in de verjaardagsmaand van de klant
loyalty-bonus = Extra procent per trede van de klantladder
