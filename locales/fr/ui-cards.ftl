# The cards page: card runs, the follow-up sheet, card settings.
cards-title = Cartes et rappels
cards-reminders = Rappels de la semaine
cards-no-reminders = Aucun rappel cette semaine.
cards-done = Fait
cards-snooze = Plus tard (+3 j)
cards-new-reminder = Nouveau rappel
cards-reminder-title = Quoi faire
cards-reminder-due = Le
cards-repeat = Répéter tous les
cards-repeat-none = ne pas répéter
cards-days = jours
cards-months = mois
cards-add-reminder = Ajouter le rappel
cards-birthdays = Anniversaires à souhaiter
cards-previous-week = Semaine précédente
cards-next-week = Semaine suivante
cards-monthly = La carte du mois
cards-tab-month = Cartes du mois
cards-tab-occasions = Anniversaires
cards-tab-follow-up = Suivi de la semaine
cards-month-heading = Cartes de { $month }
cards-coming-month = (le mois prochain)
cards-current-month = (ce mois-ci)
cards-period-cards = Cartes d'anniversaire et « un an ensemble »
cards-follow-up = Qui appeler ou voir cette semaine
cards-runs = Envois enregistrés et offres utilisées
cards-settings = Offres par étape de fidélité et seuils du suivi
cards-month = Mois
cards-kind = Cartes
cards-option-birthday = Anniversaires
cards-option-anniversary = Un an depuis le premier achat
cards-kind-monthly = Carte du mois
cards-kind-birthday = Anniversaires
cards-kind-anniversary = Un an ensemble
cards-from = Du
cards-to = Au
cards-layout = Format
cards-layout4up = 4 cartes par A4 (imprimante maison)
cards-layout-single = Carte postale A6 (imprimeur)
cards-households = Une carte par foyer
cards-open-viewer = Ouvrir le PDF ensuite
cards-text-language = Langue des textes (chaque client reçoit sa carte dans sa langue)
cards-greeting = Vœux imprimés sur la carte
cards-message = Message
cards-save-texts = Enregistrer le texte
cards-reset-texts = Revenir au texte proposé
cards-nobody = Personne ne reçoit de carte.
cards-summary =
    { $cards ->
        [one] { $cards } carte
       *[other] { $cards } cartes
    } pour { $customers ->
        [one] { $customers } client
       *[other] { $customers } clients
    } · { $skipped } sans carte.
cards-household-members = ({ $n ->
        [one] { $n } reçoit la carte de son foyer.
       *[other] { $n } reçoivent la carte de leur foyer.
    })
cards-all-recorded = Déjà enregistré : rien ne sera compté deux fois.
cards-other-languages = Dont { $list } dans leur langue.
cards-and = {" "}et{" "}
cards-who-gets-one = Qui reçoit une carte
cards-and-more = … et { $n } de plus.
cards-skipped = Sans carte, et pourquoi
cards-nobody-skipped = Personne n'est laissé de côté.
cards-skip-no_post_consent = Pas d'accord pour le courrier
cards-skip-no_address = Adresse incomplète
cards-skip-archived = Archivé
cards-skip-erased = Données effacées
cards-skip-same_design_as_last = A déjà reçu cette carte la dernière fois
cards-thanks = Remerciement
cards-recorded = déjà enregistrée
cards-generate = Créer le PDF…
cards-record = Enregistrer l'envoi
cards-cancel = Annuler
cards-cancelled = Annulé : rien n'a été écrit.
cards-not-saved = Pas enregistré.
cards-generated =
    { $file } : { $cards ->
        [one] { $cards } carte
       *[other] { $cards } cartes
    } sur { $pages ->
        [one] { $pages } page
       *[other] { $pages } pages
    }. Une fois { $cards ->
        [one] postée
       *[other] postées
    }, enregistrez l'envoi.
cards-nothing-to-record = Rien de nouveau à enregistrer.
cards-recorded-run = Envoi enregistré : { $cards ->
        [one] { $cards } carte
       *[other] { $cards } cartes
    }, « carte envoyée » pour { $customers ->
        [one] { $customers } client
       *[other] { $customers } clients
    }.
cards-week = Semaine
cards-week-from-to = Du { $from } au { $to }
cards-nobody-this-week = Personne à contacter cette semaine.
cards-reason-birthday_coming = Anniversaires à venir
cards-reason-after_purchase = Suivi après un achat
cards-reason-open_complaint = Réclamations en attente
cards-reason-drifting_away = Bons clients qui s'éloignent
cards-reason-reminder = Rappels
cards-drifting-unavailable = Les bons clients qui s'éloignent n'ont pas pu être calculés.
cards-print-sheet = Imprimer en PDF…
cards-sheet-saved = { $file } enregistré.
cards-no-runs = Aucun envoi enregistré.
cards-run-period = Envoi
cards-run-cards = Cartes
cards-run-offers = Offres
cards-run-redeemed = Utilisées
cards-run-cards-for =
    { $cards } ({ $customers ->
        [one] { $customers } client
       *[other] { $customers } clients
    })
cards-offers-help = Remise sur le prochain achat selon l'étape de fidélité, imprimée avec un code personnel (0 : pas d'offre). Un client venu récemment reçoit un remerciement à la place.
cards-thanks-days = Remercier si achat depuis moins de (jours)
cards-purchase-days = Rappeler après un achat (jours)
cards-purchase-min = … d'au moins (montant)
cards-complaint-days = Réclamations ouvertes depuis (jours)
cards-drifting-max = Bons clients qui s'éloignent (au plus)
