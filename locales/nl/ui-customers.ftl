# The customer list, a customer's page and forms, duplicates and merges.
customers-search = Zoek een naam, e-mail, telefoon, plaats…
customers-add = Nieuwe klant
customers-count =
    { $n ->
        [one] { $n } klant
       *[other] { $n } klanten
    }
customers-none = Geen klant gevonden voor ‘{ $q }’.
customers-col-name = Naam
customers-col-city = Plaats
customers-col-contact = Contactgegevens
customers-col-purchases = Aankopen
customers-col-total = Totaal
customers-col-last = Laatste aankoop
customers-none-filtered = Geen enkele klant voldoet aan deze filters.
customers-count-archived =
    { $n ->
        [one] { $n } gearchiveerde klant
       *[other] { $n } gearchiveerde klanten
    }
customers-sort-by = Sorteren op { $column } (klik nogmaals om de volgorde om te keren)
customers-filter-stage = Fase
customers-filter-segment = Segment
customers-filter-tag = Label
customers-filter-consent = Toestemming
customers-filter-city = Plaats
customers-filter-birthday = Jarig deze maand
customers-filter-archived = Gearchiveerd
customers-filter-clear = Filters wissen ({ $n })
customers-views = Weergaven…
customers-view-save-as = Weergave opslaan
customers-view-name = Naam van de weergave
customers-view-save = Opslaan
customers-view-need-name = Geef de weergave een naam.
customers-view-replace-ask = Er bestaat al een weergave ‘{ $name }’: klik nogmaals op Opslaan om die te vervangen.
customers-view-delete = Weergave verwijderen
customers-view-delete-ask = Weergave ‘{ $name }’ verwijderen? De klanten blijven ongemoeid.
customers-hit = { $field }: { $text }
customers-hit-postal_code = postcode
customers-hit-tag = label
customers-hit-preferences = voorkeuren
customers-hit-notes = notitie
customers-hit-email = e-mailadres
customers-hit-phone = telefoon
customer-back = ← Klanten
customer-edit = Bewerken
customer-since = Klant sinds { $date }
customer-contact = Contactgegevens
customer-birthday = Verjaardag
customer-language = Taal
customer-household = Huishouden
customer-relations = Huishouden en aanbevelingen
customer-referred-by = Aanbevolen door
customer-referrals = Heeft aanbevolen
customer-consents = Toestemmingen
customer-consent-history = Geschiedenis van de toestemmingen
customer-granted = gegeven
customer-withdrawn = ingetrokken
customer-no-consent = geen
customer-preferences = Voorkeuren
customer-notes = Notities
customer-tags = Labels
customer-purchases = Aankopen
customer-purchase-summary =
    { $n ->
        [one] { $n } aankoop voor { $total }
       *[other] { $n } aankopen voor { $total }
    }
customer-no-purchases = Nog geen aankopen.
customer-interactions = Contactmomenten en opvolging
customer-no-interactions = Nog geen contactmoment vastgelegd.
purchase-add = Aankoop vastleggen
purchase-amount = Bedrag
purchase-category = Categorie
purchase-note = Notitie
purchase-offer-code = Actiecode
purchase-at = Datum
purchase-save = Aankoop opslaan
purchase-saved = Aankoop vastgelegd.
interaction-add = Contactmoment vastleggen
interaction-kind = Soort
interaction-summary = In een paar woorden
interaction-due = Afhandelen vóór
interaction-save = Opslaan
interaction-resolve = Afhandelen
interaction-resolution = Hoe het is opgelost
interaction-age =
    { $n ->
        [one] { $n } dag open
       *[other] { $n } dagen open
    }
interaction-overdue = te laat
kind-complaint = Klacht
kind-return = Retour
kind-service_request = Serviceverzoek
kind-consultation = Advies
kind-call = Telefoongesprek
kind-visit = Bezoek
kind-card_sent = Kaart verstuurd
kind-promotion_response = Reactie op een actie
kind-note = Notitie
channel-post = post
channel-email = e-mail
channel-phone = telefoon
channel-sms = sms
form-add-title = Nieuwe klant
form-edit-title = { $name } bewerken
form-salutation = Aanhef
form-salutation-none = —
form-salutation-mrs = Mevrouw
form-salutation-ms = Mejuffrouw / Ms.
form-salutation-mr = De heer
form-salutation-mx = Geen aanhef
form-first-name-terms = Informeel op de kaarten (voornaam en ‘je’)
form-first_name = Voornaam
form-last_name = Achternaam
form-company = Bedrijf
form-email = E-mailadres
form-phone = Telefoon
form-address_line1 = Adres
form-address_line2 = Adresregel 2
form-postal_code = Postcode
form-city = Plaats
form-country = Land (NL, BE, FR…)
form-language = Taal van de kaarten
form-language-shop = Die van de winkel
form-birthday = Verjaardag
form-birthday-help = Dag en maand; het jaar als de klant het zegt.
form-referred_by = Aanbevolen door
form-preferences = Voorkeuren
form-notes = Notities
form-tags = Labels (gescheiden door komma's)
form-consents = Wil contact via
form-save = Opslaan
form-cancel = Annuleren
form-fix = Verbeter de gemarkeerde velden.
file-archive = Archiveren
file-unarchive = Uit het archief halen
file-archived = Gearchiveerde klant: niet in de lijst (het filter "Gearchiveerd" toont hem), de zoekresultaten of de verzendingen. De geschiedenis blijft bewaard.
file-erase = Gegevens wissen
file-export-record = Gegevens exporteren
file-exported = Gegevens opgeslagen in { $name }
file-erase-yes = Definitief wissen
file-cancel = Annuleren
file-erased =
    { $n ->
        [one] Gegevens gewist: { $n } aankoop anoniem bewaard.
       *[other] Gegevens gewist: { $n } aankopen anoniem bewaard.
    }
file-timeline = Tijdlijn
file-more = Ouder…
file-timeline-empty = Nog niets.
file-card-sent = Kaart verstuurd: { $occasion }
file-ladder-up = Hoger op de ladder: { $from } → { $to }
file-ladder-down = Lager op de ladder: { $from } → { $to }
file-ladder-entered = Op de ladder gekomen: { $to }
file-ladder-set-by-hand = Fase met de hand ingesteld: { $to }
file-consent-granted = { $channel }: gegeven
file-consent-withdrawn = { $channel }: ingetrokken
file-refund = Terugbetalen
file-refund-amount = Terugbetaald bedrag
file-delete = Verwijderen
file-duplicates = Waarschijnlijk dubbele klanten
file-no-duplicates = Geen waarschijnlijk dubbele klanten.
file-reason-email = hetzelfde e-mailadres
file-reason-phone = hetzelfde telefoonnummer
file-reason-name_and_postcode = dezelfde naam en postcode
file-consent-change = Toestemmingen wijzigen
file-household-title = Huishouden: woont samen met…
file-household-with = Klantnummer
file-household-link = Aan hetzelfde huishouden koppelen
file-household-leave = Uit het huishouden halen
file-household-which = Geef het nummer van de klant met wie deze klant samenwoont.
form-referred-by-help = Typ een paar letters van de naam en kies dan uit de lijst.
file-archive-title = { $name } archiveren?
file-archive-what = De klant verdwijnt uit de klantenlijst, de zoekresultaten en de kaartverzendingen. Aankopen, contactmomenten en toestemmingen blijven bewaard.
file-archive-back = Je vindt de klant terug onder ‘Gearchiveerd’ in de klantenlijst; uit het archief halen kan op elk moment.
file-archive-yes = Klant archiveren
file-keep-in-list = In de lijst houden
file-archived-notice = { $name } is gearchiveerd.
file-unarchived-notice = { $name } staat weer in de lijst.
file-erase-title = Gegevens van { $name } wissen?
file-erase-what = Naam, contactgegevens, adres, verjaardag, notities, labels, toestemmingen en herinneringen worden gewist, net als de tekst van de contactmomenten.
file-erase-kept =
    { $n ->
        [one] De aankoop blijft, zonder naam, in je cijfers.
       *[other] De { $n } aankopen blijven, zonder naam, in je cijfers.
    }
file-erase-final = Dit is definitief: zo wil de wet het, en het kan niet ongedaan worden gemaakt.
file-delete-title = Deze aankoop verwijderen?
file-delete-refund-title = Deze terugbetaling verwijderen?
file-delete-what = Dit verdwijnt uit de gegevens van de klant en uit alle cijfers (totaal, loyaliteitsladder, analyses).
file-undo-for = Je kunt dit nog { $n } minuten ongedaan maken, via de melding die volgt.
file-delete-yes = Aankoop verwijderen
file-delete-no = Aankoop behouden
file-delete-refund-yes = Terugbetaling verwijderen
file-delete-refund-no = Terugbetaling behouden
file-deleted-notice = Aankoop verwijderd: { $what }.
file-delete-undone = Aankoop teruggezet: { $what }.
file-resolved = Opgelost: { $kind } ‘{ $summary }’
file-resolved-how = Opgelost: { $kind } ‘{ $summary }’ — { $resolution }
interaction-age-today = vandaag geopend
interaction-resolved-on = Opgelost op { $date }:
merge-intro = Twee klanten die dezelfde persoon lijken te zijn. Vergelijk ze veld voor veld en voeg ze dan samen, of geef aan dat het twee verschillende personen zijn.
merge-number = nr. { $id }
merge-compare = Vergelijken en samenvoegen…
merge-two-people = Dit zijn twee personen
merge-two-people-title = Zijn dit twee personen?
merge-two-people-what = { $a } en { $b } worden niet meer als dubbele klant voorgesteld.
merge-two-people-kept = Beide klanten blijven zoals ze zijn.
merge-two-people-done = { $a } en { $b }: twee personen, het paar wordt niet meer voorgesteld.
merge-caption = Waar de twee verschillen, kies je de waarde die blijft. Klant nr. { $a } houdt het nummer.
merge-kept = Klant nr. { $id }
merge-other = Klant nr. { $id }
merge-result = Na het samenvoegen
merge-both = allebei
merge-address = Adres
merge-purchases = { $n } · { $total }
merge-side-purchases = Aankopen: { $n }
merge-all-kept = allemaal behouden
merge-consents-kept = beide geschiedenissen behouden
merge-merge = Deze twee klanten samenvoegen…
merge-title = Twee klanten samenvoegen tot één?
merge-what = Klant nr. { $b } ({ $nameB }) wordt samengevoegd met klant nr. { $a } ({ $nameA }), die het nummer houdt. Klant nr. { $b } verdwijnt uit de lijst.
merge-keeps = De samengevoegde klant krijgt:
merge-moves = Van klant nr. { $b } naar klant nr. { $a } gaan: de aankopen ({ $p }), contactmomenten ({ $i }), toestemmingen, labels, herinneringen en verstuurde kaarten.
merge-yes = De twee klanten samenvoegen
merge-no = Niet samenvoegen
merge-done = Samengevoegd tot { $name } (nr. { $id }): aankopen ({ $p }) en contactmomenten ({ $i }) bij elkaar gebracht.
merge-undone = Samenvoegen ongedaan gemaakt: { $a } en { $b } zijn weer zoals ze waren.
archived-badge = Gearchiveerd
