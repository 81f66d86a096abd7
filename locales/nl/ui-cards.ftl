# The cards page: card runs, the follow-up sheet, card settings.
cards-title = Kaarten en herinneringen
cards-reminders = Herinneringen van deze week
cards-no-reminders = Geen herinneringen deze week.
cards-done = Gedaan
cards-snooze = Later (+3 dagen)
cards-new-reminder = Nieuwe herinnering
cards-reminder-title = Wat moet er gebeuren
cards-reminder-due = Datum
cards-repeat = Herhalen om de
cards-repeat-none = niet herhalen
cards-days = dagen
cards-months = maanden
cards-add-reminder = Herinnering toevoegen
cards-birthdays = Jarigen om te feliciteren
cards-previous-week = Vorige week
cards-next-week = Volgende week
cards-monthly = De kaart van de maand
cards-tab-month = Kaarten van de maand
cards-tab-occasions = Verjaardagen en jubilea
cards-tab-follow-up = Opvolging deze week
cards-month-heading = Kaarten voor { $month }
cards-coming-month = (volgende maand)
cards-current-month = (deze maand)
cards-period-cards = Verjaardagskaarten en kaarten ‘een jaar samen’
cards-follow-up = Wie je deze week belt of ziet
cards-runs = Vastgelegde verzendingen en gebruikte aanbiedingen
cards-settings = Aanbiedingen per loyaliteitsfase en drempels voor de opvolging
cards-month = Maand
cards-kind = Kaarten
cards-option-birthday = Verjaardagen
cards-option-anniversary = Een jaar sinds de eerste aankoop
cards-kind-monthly = Kaart van de maand
cards-kind-birthday = Verjaardagen
cards-kind-anniversary = Een jaar samen
cards-from = Van
cards-to = Tot en met
cards-layout = Formaat
cards-layout4up = 4 per A4 (thuisprinter)
cards-layout-single = A6-ansichtkaart (drukkerij)
cards-households = Eén kaart per huishouden
cards-open-viewer = De PDF daarna openen
cards-text-language = Taal van de tekst (elke klant krijgt de kaart in de eigen taal)
cards-greeting = Wens op de kaart
cards-message = Tekst
cards-save-texts = Tekst opslaan
cards-reset-texts = Standaardtekst terugzetten
cards-nobody = Niemand krijgt een kaart.
cards-summary =
    { $cards ->
        [one] { $cards } kaart
       *[other] { $cards } kaarten
    } voor { $customers ->
        [one] { $customers } klant
       *[other] { $customers } klanten
    } · { $skipped } zonder kaart.
cards-household-members =
    { $n ->
        [one] ({ $n } klant krijgt de kaart van het huishouden.)
       *[other] ({ $n } klanten krijgen de kaart van hun huishouden.)
    }
cards-all-recorded = Al vastgelegd: niets wordt dubbel geteld.
cards-other-languages = Waarvan { $list } in hun eigen taal.
cards-and = {" "}en{" "}
cards-who-gets-one = Wie krijgt een kaart
cards-and-more = … en nog { $n }.
cards-skipped = Zonder kaart, en waarom
cards-nobody-skipped = Niemand valt erbuiten.
cards-skip-no_post_consent = Geen toestemming voor post
cards-skip-no_address = Onvolledig adres
cards-skip-archived = Gearchiveerd
cards-skip-erased = Gegevens gewist
cards-skip-same_design_as_last = Kreeg vorige keer precies deze kaart
cards-thanks = Bedankje
cards-recorded = al vastgelegd
cards-generate = PDF maken…
cards-record = Verzending vastleggen
cards-cancel = Annuleren
cards-cancelled = Geannuleerd: er is niets geschreven.
cards-not-saved = Niet opgeslagen.
cards-generated =
    { $file }: { $cards ->
        [one] { $cards } kaart
       *[other] { $cards } kaarten
    } op { $pages ->
        [one] { $pages } pagina
       *[other] { $pages } pagina's
    }. Leg de verzending vast zodra ze op de post zijn.
cards-nothing-to-record = Niets nieuws om vast te leggen.
cards-recorded-run =
    Verzending vastgelegd: { $cards ->
        [one] { $cards } kaart
       *[other] { $cards } kaarten
    }, ‘kaart verstuurd’ bij { $customers ->
        [one] { $customers } klant
       *[other] { $customers } klanten
    }.
cards-week = Weeknummer
cards-week-from-to = Van { $from } tot en met { $to }
cards-nobody-this-week = Deze week hoef je met niemand contact op te nemen.
cards-reason-birthday_coming = Verjaardagen op komst
cards-reason-after_purchase = Opvolging na een aankoop
cards-reason-open_complaint = Openstaande klachten
cards-reason-drifting_away = Waardevolle klanten die afhaken
cards-reason-reminder = Herinneringen
cards-drifting-unavailable = De waardevolle klanten die afhaken, konden niet worden berekend.
cards-print-sheet = Afdrukken als PDF…
cards-sheet-saved = { $file } opgeslagen.
cards-no-runs = Nog geen verzending vastgelegd.
cards-run-period = Verzending
cards-run-cards = Kaarten
cards-run-offers = Aanbiedingen
cards-run-redeemed = Gebruikt
cards-run-cards-for =
    { $cards } ({ $customers ->
        [one] { $customers } klant
       *[other] { $customers } klanten
    })
cards-offers-help = Korting op de volgende aankoop per loyaliteitsfase, afgedrukt met een persoonlijke code (0: geen aanbieding). Een klant die onlangs nog iets kocht, krijgt in de plaats een bedankje.
cards-thanks-days = Bedanken bij een aankoop in de laatste (dagen)
cards-purchase-days = Bellen na een aankoop (dagen)
cards-purchase-min = … van minstens (bedrag)
cards-complaint-days = Klachten die openstaan sinds (dagen)
cards-drifting-max = Waardevolle klanten die afhaken (maximaal)
