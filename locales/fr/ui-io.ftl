# Imports and exports.
io-title = Importer et exporter
io-auto = détecté
io-tab = tabulation
io-none-rejected = Aucune ligne refusée.
io-rejected-title = Lignes refusées : { $n }
io-line = Ligne { $n }
io-more-rejected = … et { $n } autres
io-separator = séparateur { $d }
io-column = Colonne du fichier
io-field = Devient
io-column-n = Colonne { $n }
io-encoding = Encodage
io-delimiter = Séparateur
io-new = Nouveaux
io-updated = Mis à jour
io-duplicates = Doublons
io-rejected = Refusées
io-mapping = Correspondance des colonnes
io-rows-title = Détail ligne par ligne
io-action-new = nouveau
io-action-update = mise à jour
io-action-duplicate = doublon
io-match-email = même e-mail
io-match-phone = même téléphone
io-match-customer_number = même n° client
io-match-name_and_address = même nom et même adresse
io-row-adds = { $by } que { $name } : ajoute { $changes }
io-row-nothing-new = { $by } que { $name }, rien de nouveau : ignorée
io-row-same-as-line = { $by } que la ligne { $line } : ignorée
io-row-same-as-line-of = { $by } que la ligne { $line } ({ $name }) : ignorée
io-change-salutation = civilité
io-change-first_name = prénom
io-change-last_name = nom
io-change-company = société
io-change-email = e-mail { $arg0 }
io-change-phone = téléphone { $arg0 }
io-change-address = adresse
io-change-country = pays
io-change-language = langue ({ $arg0 })
io-change-birthday = anniversaire
io-change-birth_year = année de naissance
io-change-notes = notes
io-change-tag = étiquette { $arg0 }
io-change-consent_given = accord { $arg0 } donné
io-change-consent_withdrawn = accord { $arg0 } retiré
io-change-customer_number = n° client { $arg0 }
io-import-customers = Importer ({ $n })
io-cancel = Annuler
io-cancelled = Import annulé : rien n'a été enregistré.
io-customers-done = Import terminé : { $new ->
        [one] { $new } nouveau client
       *[other] { $new } nouveaux clients
    }, { $updated } mis à jour, { $duplicates ->
        [one] { $duplicates } doublon ignoré
       *[other] { $duplicates } doublons ignorés
    }.
io-choose-file = Choisir un fichier…
io-customers-title = Importer des clients
io-customers-help = Un tableau Excel ou CSV, un export de Google Contacts, Outlook, Square, Shopify, Lightspeed, Loyverse, WooCommerce ou Odoo, ou les contacts d'un téléphone (vCard). Rien n'est enregistré avant de cliquer sur Importer.
io-import-purchases = Importer { $n ->
        [one] { $n } achat
       *[other] { $n } achats
    }
io-purchases-done = Import terminé : { $new ->
        [one] { $new } achat
       *[other] { $new } achats
    }, { $customers ->
        [one] { $customers } nouveau client
       *[other] { $customers } nouveaux clients
    }, { $duplicates ->
        [one] { $duplicates } déjà présent
       *[other] { $duplicates } déjà présents
    }.
io-rows =
    { $n ->
        [one] { $n } ligne
       *[other] { $n } lignes
    }
io-new-purchases = Achats à importer
io-new-customers = Nouveaux clients
io-purchases-title = Importer des achats
io-purchases-help = L'export des ventes de votre caisse : client (e-mail, téléphone ou n° client), date, montant, et si possible rayon et n° de ticket.
io-create-customers = Créer les clients inconnus
io-consent-post = accepte le courrier
io-consent-email = accepte les e-mails
io-consent-phone = accepte les appels
io-consent-sms = accepte les SMS
io-anyone = tous
io-labels-done =
    { $n ->
        [one] { $n } étiquette enregistrée
       *[other] { $n } étiquettes enregistrées
    } dans { $file }.
io-export-done =
    { $n ->
        [one] { $n } client enregistré
       *[other] { $n } clients enregistrés
    } dans { $file }.
io-format-csv = CSV
io-format-csv-excel = CSV pour Excel
io-format-vcard = vCard
io-format-vcard3 = vCard 3.0 (anciens téléphones)
io-format-newsletter-mailchimp = Pour Mailchimp
io-format-newsletter-brevo = Pour Brevo
io-newsletter-help = Pour une lettre d'information : seulement les clients qui acceptent les e-mails, avec les colonnes que l'outil reconnaît seul.
io-format-labels-l7160 = Étiquettes Avery L7160 (A4)
io-format-labels-5160 = Étiquettes Avery 5160 (Letter)
io-export-title = Exporter des clients
io-search = Recherche
io-tag = Étiquette
io-consent = Consentement
io-pfield-customer_ref = Client
io-pfield-date = Date
io-pfield-time = Heure
io-pfield-amount = Montant
io-pfield-category = Rayon
io-pfield-ticket = Ticket
io-pfield-item_count = Nombre d'articles
io-pfield-customer = Client (e-mail, téléphone ou n°)
io-pfield-email = E-mail du client
io-pfield-phone = Téléphone du client
io-pfield-customer_number = N° de client ou de carte
io-pfield-customer_name = Nom du client
io-pfield-contact = Contacts du client
io-pfield-line_total = Montant de la ligne
io-pfield-unit_price = Prix unitaire
io-pfield-quantity = Quantité
io-pfield-receipt = N° de ticket ou de commande
io-pfield-receipt_type = Type (vente, remboursement)
io-pfield-status = Statut du paiement
io-pfield-refunded_amount = Montant remboursé
io-pfield-refund_of = Ticket remboursé
io-pfield-cost = Prix d'achat
io-pfield-margin = Marge
io-pfield-ignore = — ignorer —
io-till-generic = Tableur ou caisse
io-till-shopify = Shopify
io-till-lightspeed = Lightspeed Retail
io-till-loyverse = Loyverse
io-till-sumup = SumUp
io-till-zettle = Zettle
io-till-woocommerce = WooCommerce
io-receipts =
    { $n ->
        [one] { $n } ticket
       *[other] { $n } tickets
    }
io-anonymous = Ventes anonymes (ignorées)
io-anonymous-done = { $n } ventes anonymes ignorées.
io-sale-warnings = Avertissements
io-sale-warnings-title = { $n } valeurs laissées de côté (la vente est importée quand même)
io-mapping-remembered = Colonnes lues comme vous les aviez choisies la dernière fois pour ce fichier.
io-missing-column = Aucune colonne ne donne « { $field } » : choisissez-la ci-dessous.
io-stage = Échelle de fidélité
io-segment = Segment RFM
io-labels-help = Les étiquettes ne vont qu'aux clients qui acceptent le courrier et dont l'adresse est complète.
io-household = Une étiquette par foyer
io-field-salutation = Civilité
io-field-first_name = Prénom
io-field-last_name = Nom
io-field-full_name = Nom complet
io-field-company = Société
io-field-email = E-mail
io-field-phone = Téléphone
io-field-mobile = Portable
io-field-address_line1 = Adresse
io-field-address_line2 = Complément d'adresse
io-field-postal_code = Code postal
io-field-city = Ville
io-field-country = Pays
io-field-language = Langue
io-field-birthday = Date de naissance
io-field-notes = Notes
io-field-tags = Étiquettes
io-field-external_ref = N° client
io-field-consent_post = Accord courrier
io-field-consent_email = Accord e-mail
io-field-consent_phone = Accord téléphone
io-field-consent_sms = Accord SMS
io-field-name_particle = Tussenvoegsel (van, de…)
io-field-middle_name = Deuxième prénom
io-field-house_number = Numéro
io-field-house_number_addition = Boîte / complément du numéro
io-field-region = Région / État
io-field-formatted_address = Adresse complète (plusieurs lignes)
io-field-is_company = Est une société (oui/non)
io-warnings-title = Valeurs illisibles, laissées de côté : { $n }
io-warnings-help = Ces clients seront importés sans ces valeurs (un téléphone est gardé tel quel). Corrigez une valeur pour la reprendre.
io-no-warnings = Toutes les valeurs ont été lues.
io-warning-column = colonne « { $column } »
io-correct = Corriger
io-corrected-value = Valeur corrigée
io-remembered = Colonnes lues comme vous les aviez corrigées pour ce fichier.
io-warnings = Valeurs laissées de côté
io-customers-done-all = Import terminé : { $new } nouveaux clients, { $updated } mis à jour, { $duplicates } doublons ignorés, { $rejected } lignes refusées, { $warnings } valeurs laissées de côté.
io-field-ignore = — ignorer —
