# The customer list, a customer's page and forms, duplicates and merges.
customers-search = Rechercher un nom, un e-mail, un téléphone, une ville…
customers-add = Nouveau client
customers-count =
    { $n ->
        [one] { $n } client
       *[other] { $n } clients
    }
customers-none = Aucun client ne correspond à « { $q } ».
customers-col-name = Nom
customers-col-city = Ville
customers-col-contact = Contact
customers-col-purchases = Achats
customers-col-total = Total
customers-col-last = Dernier achat
customers-none-filtered = Aucun client ne correspond à ces filtres.
customers-count-archived =
    { $n ->
        [one] { $n } client archivé
       *[other] { $n } clients archivés
    }
customers-sort-by = Trier par { $column } (un second clic inverse l'ordre)
customers-filter-stage = Étape
customers-filter-segment = Segment
customers-filter-tag = Étiquette
customers-filter-consent = Consentement
customers-filter-city = Ville
customers-filter-birthday = Anniversaire ce mois-ci
customers-filter-archived = Archivés
customers-filter-clear = Effacer les filtres ({ $n })
customers-views = Vues…
customers-view-save-as = Enregistrer la vue
customers-view-name = Nom de la vue
customers-view-save = Enregistrer
customers-view-need-name = Donnez un nom à la vue.
customers-view-replace-ask = Une vue « { $name } » existe : Enregistrer encore la remplace.
customers-view-delete = Supprimer la vue
customers-view-delete-ask = Supprimer la vue « { $name } » ? Les clients ne sont pas touchés.
customers-hit = { $field } : { $text }
customers-hit-postal_code = code postal
customers-hit-tag = étiquette
customers-hit-preferences = préférences
customers-hit-notes = note
customers-hit-email = e-mail
customers-hit-phone = téléphone
customer-back = ← Clients
customer-edit = Modifier
customer-since = Client depuis le { $date }
customer-contact = Coordonnées
customer-birthday = Anniversaire
customer-language = Langue
customer-household = Foyer
customer-relations = Foyer et recommandations
customer-referred-by = Recommandé par
customer-referrals = A recommandé
customer-consents = Consentements
customer-consent-history = Historique des consentements
customer-granted = accordé
customer-withdrawn = retiré
customer-no-consent = aucun
customer-preferences = Préférences
customer-notes = Notes
customer-tags = Étiquettes
customer-purchases = Achats
customer-purchase-summary =
    { $n ->
        [one] { $n } achat
       *[other] { $n } achats
    } pour { $total }
customer-no-purchases = Pas encore d'achat.
customer-interactions = Échanges et suivis
customer-no-interactions = Aucun échange enregistré.
purchase-add = Enregistrer un achat
purchase-amount = Montant
purchase-category = Rayon
purchase-note = Note
purchase-offer-code = Code d'offre
purchase-at = Date
purchase-save = Enregistrer l'achat
purchase-saved = Achat enregistré.
interaction-add = Noter un échange
interaction-kind = Type
interaction-summary = En quelques mots
interaction-due = À traiter avant le
interaction-save = Enregistrer
interaction-resolve = Résoudre
interaction-resolution = Comment cela a été résolu
interaction-age =
    { $n ->
        [one] ouvert depuis { $n } jour
       *[other] ouvert depuis { $n } jours
    }
interaction-overdue = en retard
kind-complaint = Réclamation
kind-return = Retour
kind-service_request = Demande de service
kind-consultation = Conseil
kind-call = Appel
kind-visit = Visite
kind-card_sent = Carte envoyée
kind-promotion_response = Réponse à une offre
kind-note = Note
channel-post = courrier
channel-email = e-mail
channel-phone = téléphone
channel-sms = SMS
form-add-title = Nouveau client
form-edit-title = Modifier { $name }
form-salutation = Civilité
form-salutation-none = —
form-salutation-mrs = Madame
form-salutation-ms = Mademoiselle / Ms
form-salutation-mr = Monsieur
form-salutation-mx = Sans civilité
form-first-name-terms = Tutoyer sur les cartes (prénom)
form-first_name = Prénom
form-last_name = Nom
form-company = Société
form-email = E-mail
form-phone = Téléphone
form-address_line1 = Adresse
form-address_line2 = Complément d'adresse
form-postal_code = Code postal
form-city = Ville
form-country = Pays (FR, BE, NL…)
form-language = Langue de ses cartes
form-language-shop = Celle de la boutique
form-birthday = Anniversaire
form-birthday-help = Jour et mois ; l'année si le client la donne.
form-referred_by = Recommandé par
form-preferences = Préférences
form-notes = Notes
form-tags = Étiquettes (séparées par des virgules)
form-consents = Accepte d'être contacté par
form-save = Enregistrer
form-cancel = Annuler
form-fix = Corrigez les champs signalés.
file-archive = Archiver
file-unarchive = Désarchiver
file-archived = Fiche archivée : hors de la liste (son filtre « Archivés » la montre), des recherches et des envois. Son historique est gardé.
file-erase = Effacer ses données
file-export-record = Exporter ses données
file-exported = Données enregistrées dans { $name }
file-erase-yes = Effacer définitivement
file-cancel = Annuler
file-erased = Données effacées : { $n ->
        [one] { $n } achat gardé anonyme.
       *[other] { $n } achats gardés anonymes.
    }
file-timeline = Chronologie
file-more = Plus ancien…
file-timeline-empty = Rien encore.
file-card-sent = Carte envoyée : { $occasion }
file-ladder-up = Monte sur l'échelle : { $from } → { $to }
file-ladder-down = Descend sur l'échelle : { $from } → { $to }
file-ladder-entered = Entre sur l'échelle : { $to }
file-ladder-set-by-hand = Étape fixée à la main : { $to }
file-consent-granted = { $channel } : accordé
file-consent-withdrawn = { $channel } : retiré
file-refund = Rembourser
file-refund-amount = Montant remboursé
file-delete = Supprimer
file-duplicates = Doublons probables
file-no-duplicates = Aucun doublon probable.
file-reason-email = même e-mail
file-reason-phone = même téléphone
file-reason-name_and_postcode = même nom et code postal
file-consent-change = Modifier les consentements
file-household-title = Foyer : vit avec…
file-household-with = N° du client
file-household-link = Lier au même foyer
file-household-leave = Quitter le foyer
file-household-which = Indiquez le numéro du client avec qui il ou elle vit.
form-referred-by-help = Tapez quelques lettres de son nom, puis choisissez dans la liste.
file-archive-title = Archiver { $name } ?
file-archive-what = La fiche sort de la liste des clients, des recherches et des envois de cartes. Ses achats, ses échanges et ses consentements restent.
file-archive-back = Vous la retrouverez sous « Archivés », dans la liste des clients, et pourrez la désarchiver à tout moment.
file-archive-yes = Archiver la fiche
file-keep-in-list = La garder dans la liste
file-archived-notice = { $name } est archivé(e).
file-unarchived-notice = { $name } est de retour dans la liste.
file-erase-title = Effacer les données de { $name } ?
file-erase-what = Nom, coordonnées, adresse, anniversaire, notes, étiquettes, consentements et rappels sont effacés ; le texte de ses échanges aussi.
file-erase-kept =
    { $n ->
        [0] Aucun achat n'est à garder.
        [one] Son achat reste, sans nom, dans vos chiffres.
       *[other] Ses { $n } achats restent, sans nom, dans vos chiffres.
    }
file-erase-final = C'est définitif : la loi le veut ainsi, il n'y a pas d'annulation possible.
file-delete-title = Supprimer cet achat ?
file-delete-refund-title = Supprimer ce remboursement ?
file-delete-what = Il disparaît de la fiche et de tous les chiffres (total, échelle de fidélité, analyses).
file-undo-for = Vous pourrez l'annuler pendant { $n } minutes, depuis le message qui suit.
file-delete-yes = Supprimer l'achat
file-delete-no = Garder l'achat
file-delete-refund-yes = Supprimer le remboursement
file-delete-refund-no = Garder le remboursement
file-deleted-notice = Achat supprimé : { $what }.
file-delete-undone = Achat remis : { $what }.
file-resolved = Résolu : { $kind } « { $summary } »
file-resolved-how = Résolu : { $kind } « { $summary } » — { $resolution }
interaction-age-today = ouvert aujourd'hui
interaction-resolved-on = Résolu le { $date } :
merge-intro = Deux fiches qui semblent être la même personne. Comparez-les champ par champ, puis fusionnez-les ou dites que ce sont deux personnes.
merge-number = n° { $id }
merge-compare = Comparer et fusionner…
merge-two-people = Ce sont deux personnes
merge-two-people-title = Ce sont deux personnes ?
merge-two-people-what = { $a } et { $b } ne seront plus proposés comme doublon.
merge-two-people-kept = Les deux fiches restent telles quelles.
merge-two-people-done = { $a } et { $b } : deux personnes, la paire n'est plus proposée.
merge-caption = Là où les deux fiches diffèrent, choisissez la valeur gardée. La fiche n° { $a } garde son numéro.
merge-kept = Fiche n° { $id }
merge-other = Fiche n° { $id }
merge-result = Après la fusion
merge-both = les deux
merge-address = Adresse
merge-purchases = { $n } · { $total }
merge-side-purchases = Achats : { $n }
merge-all-kept = tous gardés
merge-consents-kept = historiques gardés tous les deux
merge-merge = Fusionner ces deux fiches…
merge-title = Fusionner deux fiches en une ?
merge-what = La fiche n° { $b } ({ $nameB }) sera fusionnée dans la fiche n° { $a } ({ $nameA }), qui garde son numéro. La fiche n° { $b } disparaît de la liste.
merge-keeps = La fiche fusionnée aura :
merge-moves = Passent de la fiche n° { $b } à la fiche n° { $a } : ses achats ({ $p }), ses échanges ({ $i }), ses consentements, ses étiquettes, ses rappels et ses cartes envoyées.
merge-yes = Fusionner les deux fiches
merge-no = Ne pas fusionner
merge-done = Fiches fusionnées dans { $name } (n° { $id }) : achats ({ $p }) et échanges ({ $i }) regroupés.
merge-undone = Fusion annulée : { $a } et { $b } sont revenus tels qu'avant.
archived-badge = Archivé
