# Imports and exports.
io-title = Importeren en exporteren
io-auto = herkend
io-tab = tabteken
io-none-rejected = Geen enkele rij geweigerd.
io-rejected-title = Geweigerde rijen: { $n }
io-line = Regel { $n }
io-more-rejected = … en nog { $n }
io-separator = scheidingsteken { $d }
io-column = Kolom in het bestand
io-field = Wordt
io-column-n = Kolom { $n }
io-encoding = Tekencodering
io-delimiter = Scheidingsteken
io-new = Nieuw
io-updated = Bijgewerkt
io-duplicates = Dubbel
io-rejected = Geweigerd
io-mapping = Kolommen koppelen
io-rows-title = Rij voor rij
io-action-new = nieuw
io-action-update = bijwerken
io-action-duplicate = dubbel
io-match-email = hetzelfde e-mailadres
io-match-phone = hetzelfde telefoonnummer
io-match-customer_number = hetzelfde klantnummer
io-match-name_and_address = dezelfde naam en hetzelfde adres
io-row-adds = { $by } als { $name }: voegt { $changes } toe
io-row-nothing-new = { $by } als { $name }, niets nieuws: overgeslagen
io-row-same-as-line = { $by } als regel { $line }: overgeslagen
io-row-same-as-line-of = { $by } als regel { $line } ({ $name }): overgeslagen
io-change-salutation = aanhef
io-change-first_name = voornaam
io-change-last_name = achternaam
io-change-company = bedrijf
io-change-email = e-mailadres { $arg0 }
io-change-phone = telefoon { $arg0 }
io-change-address = adres
io-change-country = land
io-change-language = taal ({ $arg0 })
io-change-birthday = verjaardag
io-change-birth_year = geboortejaar
io-change-notes = notities
io-change-tag = label { $arg0 }
io-change-consent_given = toestemming { $arg0 } gegeven
io-change-consent_withdrawn = toestemming { $arg0 } ingetrokken
io-change-customer_number = klantnummer { $arg0 }
io-import-customers = Importeren ({ $n })
io-cancel = Annuleren
io-cancelled = Import geannuleerd: er is niets opgeslagen.
io-customers-done =
    Import voltooid: { $new ->
        [one] { $new } nieuwe klant
       *[other] { $new } nieuwe klanten
    }, { $updated } bijgewerkt, { $duplicates } dubbele overgeslagen.
io-choose-file = Kies een bestand…
io-customers-title = Klanten importeren
io-customers-help = Een Excel- of CSV-bestand, een export uit Google Contacten, Outlook, Square, Shopify, Lightspeed, Loyverse, WooCommerce of Odoo, of de contacten van een telefoon (vCard). Er wordt niets opgeslagen voordat je op Importeren klikt.
io-import-purchases =
    { $n ->
        [one] { $n } aankoop importeren
       *[other] { $n } aankopen importeren
    }
io-purchases-done =
    Import voltooid: { $new ->
        [one] { $new } aankoop
       *[other] { $new } aankopen
    }, { $customers ->
        [one] { $customers } nieuwe klant
       *[other] { $customers } nieuwe klanten
    }, { $duplicates } waren er al.
io-rows =
    { $n ->
        [one] { $n } rij
       *[other] { $n } rijen
    }
io-new-purchases = Te importeren aankopen
io-new-customers = Nieuwe klanten
io-purchases-title = Aankopen importeren
io-purchases-help = De verkoopexport van je kassa: klant (e-mail, telefoon of nummer), datum, bedrag, en zo mogelijk categorie en bonnummer.
io-create-customers = Onbekende klanten aanmaken
io-consent-post = wil post
io-consent-email = wil e-mail
io-consent-phone = mag gebeld worden
io-consent-sms = wil sms
io-anyone = iedereen
io-labels-done =
    { $n ->
        [one] { $n } etiket opgeslagen in { $file }.
       *[other] { $n } etiketten opgeslagen in { $file }.
    }
io-export-done =
    { $n ->
        [one] { $n } klant opgeslagen in { $file }.
       *[other] { $n } klanten opgeslagen in { $file }.
    }
io-format-csv = CSV
io-format-csv-excel = CSV voor Excel
io-format-vcard = vCard
io-format-vcard3 = vCard 3.0 (oudere telefoons)
io-format-newsletter-mailchimp = Voor Mailchimp
io-format-newsletter-brevo = Voor Brevo
io-newsletter-help = Voor een nieuwsbrief: alleen de klanten die e-mail willen ontvangen, met de kolommen die het programma zelf herkent.
io-format-labels-l7160 = Avery L7160-etiketten (A4)
io-format-labels-5160 = Avery 5160-etiketten (US Letter)
io-export-title = Klanten exporteren
io-search = Zoeken
io-tag = Label
io-consent = Toestemming
io-pfield-customer_ref = Klant
io-pfield-date = Datum
io-pfield-time = Tijd
io-pfield-amount = Bedrag
io-pfield-category = Categorie
io-pfield-ticket = Kassabon
io-pfield-item_count = Aantal artikelen
io-pfield-customer = Klant (e-mail, telefoon of nummer)
io-pfield-email = E-mail van de klant
io-pfield-phone = Telefoon van de klant
io-pfield-customer_number = Klant- of kaartnummer
io-pfield-customer_name = Naam van de klant
io-pfield-contact = Contactgegevens van de klant
io-pfield-line_total = Regelbedrag
io-pfield-unit_price = Stukprijs
io-pfield-quantity = Aantal
io-pfield-receipt = Bon- of ordernummer
io-pfield-receipt_type = Soort (verkoop, terugbetaling)
io-pfield-status = Betaalstatus
io-pfield-refunded_amount = Terugbetaald bedrag
io-pfield-refund_of = Terugbetaalde bon
io-pfield-cost = Inkoopprijs
io-pfield-margin = Marge
io-pfield-ignore = — negeren —
io-till-generic = Spreadsheet of kassa
io-till-shopify = Shopify
io-till-lightspeed = Lightspeed Retail
io-till-loyverse = Loyverse
io-till-sumup = SumUp
io-till-zettle = Zettle
io-till-woocommerce = WooCommerce
io-receipts =
    { $n ->
        [one] { $n } bon
       *[other] { $n } bonnen
    }
io-anonymous = Anonieme verkopen (overgeslagen)
io-anonymous-done =
    { $n ->
        [one] { $n } anonieme verkoop overgeslagen.
       *[other] { $n } anonieme verkopen overgeslagen.
    }
io-sale-warnings = Waarschuwingen
io-sale-warnings-title =
    { $n ->
        [one] { $n } waarde weggelaten (de verkoop wordt toch geïmporteerd)
       *[other] { $n } waarden weggelaten (de verkoop wordt toch geïmporteerd)
    }
io-mapping-remembered = Kolommen gelezen zoals je ze de vorige keer voor dit bestand koos.
io-missing-column = Geen enkele kolom geeft ‘{ $field }’: kies die hieronder.
io-stage = Loyaliteitsfase
io-segment = RFM-segment
io-labels-help = Etiketten gaan alleen naar klanten die post willen ontvangen en een volledig adres hebben.
io-household = Eén etiket per huishouden
io-field-salutation = Aanhef
io-field-first_name = Voornaam
io-field-last_name = Achternaam
io-field-full_name = Volledige naam
io-field-company = Bedrijf
io-field-email = E-mailadres
io-field-phone = Telefoon
io-field-mobile = Mobiel
io-field-address_line1 = Adres
io-field-address_line2 = Adresregel 2
io-field-postal_code = Postcode
io-field-city = Plaats
io-field-country = Land
io-field-language = Taal
io-field-birthday = Geboortedatum
io-field-notes = Notities
io-field-tags = Labels
io-field-external_ref = Klantnummer
io-field-consent_post = Toestemming post
io-field-consent_email = Toestemming e-mail
io-field-consent_phone = Toestemming telefoon
io-field-consent_sms = Toestemming sms
io-field-name_particle = Tussenvoegsel (van, de…)
io-field-middle_name = Tweede voornaam
io-field-house_number = Huisnummer
io-field-house_number_addition = Bus / toevoeging
io-field-region = Provincie / regio
io-field-formatted_address = Volledig adres (meerdere regels)
io-field-is_company = Is een bedrijf (ja/nee)
io-warnings-title = Onleesbare waarden, weggelaten: { $n }
io-warnings-help = Deze klanten worden zonder deze waarden geïmporteerd (een telefoonnummer blijft zoals het getypt is). Verbeter een waarde om die toch over te nemen.
io-no-warnings = Alle waarden zijn gelezen.
io-warning-column = kolom ‘{ $column }’
io-correct = Verbeteren
io-corrected-value = Verbeterde waarde
io-remembered = Kolommen gelezen zoals je ze voor dit bestand verbeterde.
io-warnings = Weggelaten waarden
io-customers-done-all =
    Import voltooid: { $new ->
        [one] { $new } nieuwe klant
       *[other] { $new } nieuwe klanten
    }, { $updated } bijgewerkt, { $duplicates } dubbele overgeslagen, { $rejected ->
        [one] { $rejected } rij geweigerd
       *[other] { $rejected } rijen geweigerd
    }, { $warnings ->
        [one] { $warnings } waarde weggelaten
       *[other] { $warnings } waarden weggelaten
    }.
io-field-ignore = — negeren —
