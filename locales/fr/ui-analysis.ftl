# The dashboard and who matters: stages, segments, the outlook.
dashboard-customers = Clients
dashboard-buyers = dont { $n ->
        [one] { $n } acheteur
       *[other] { $n } acheteurs
    }
dashboard-revenue = Chiffre d'affaires sur 12 mois
dashboard-previous = 12 mois précédents : { $amount }
dashboard-post = Acceptent le courrier
dashboard-complaints = Réclamations ouvertes
dashboard-no-complaints = Aucune réclamation ouverte.
dashboard-overdue = Suivis en retard
dashboard-no-overdue = Rien en retard.
dashboard-birthdays = Anniversaires des 14 prochains jours
dashboard-no-birthdays = Aucun anniversaire à venir.
dashboard-turns =
    { $n ->
        [one] { $n } an
       *[other] { $n } ans
    }
dashboard-more = … et { $n ->
        [one] { $n } autre
       *[other] { $n } autres
    }
outlook-set-stage = Fixer l'échelle à la main
outlook-automatic = automatique
analysis-moves = Mouvements du mois : { $up ->
        [one] { $up } monte
       *[other] { $up } montent
    }, { $down ->
        [one] { $down } descend
       *[other] { $down } descendent
    }, { $entered ->
        [one] { $entered } nouveau
       *[other] { $entered } nouveaux
    }
analysis-title = Qui compte
analysis-step-reading = Lecture du fichier clients…
analysis-step-computing = Calcul de l'échelle, des segments et des modèles…
analysis-step-recording = Enregistrement des mouvements du mois…
analysis-ladder = L'échelle de fidélité
analysis-pareto = Les clients en or
analysis-pareto-headline = { $customers } % des clients apportent { $margin } % de la marge
analysis-pareto-axis-customers = Part des clients (les meilleurs d'abord)
analysis-pareto-axis-margin = Part de la marge
analysis-rfm = Récence × fréquence (RFM)
analysis-rfm-recency = Récence
analysis-rfm-frequency = Fréquence
analysis-segments = Segments
analysis-bucket = Le seau percé : clients gagnés et perdus par mois
analysis-gained = Gagnés ou revenus
analysis-lost = Perdus
analysis-active = Actifs
analysis-drifting = Ils s'éloignent
analysis-no-drifting = Aucun client précieux ne s'éloigne.
analysis-call-them = Les appeler
analysis-reminder-set = Rappel ajouté
analysis-call-title = Appeler { $name } : { $reason }
analysis-clv-label = valeur 12 mois : { $amount }
analysis-clv-help = Ce que ce client devrait dépenser dans les 12 prochains mois, selon ses achats passés
analysis-no-phone = pas de téléphone dans sa fiche
analysis-see-all = Voir les { $n }
analysis-advocates = Ambassadeurs
analysis-referred =
    { $n ->
        [one] { $n } recommandé
       *[other] { $n } recommandés
    }, { $b ->
        [one] { $b } acheteur
       *[other] { $b } acheteurs
    }, { $revenue } d'achats
analysis-satisfied =
    { $n ->
        [one] { $n } client sans réclamation n'est pas revenu depuis longtemps.
       *[other] { $n } clients sans réclamation ne sont pas revenus depuis longtemps.
    }
analysis-model = Modèle BG/NBD : r = { $r }, α = { $alpha } sem., a = { $a }, b = { $b }
analysis-no-model = Pas assez d'historique pour un modèle ({ $reason }) : les valeurs sont historiques.
stage-prospect = Prospect
stage-customer = Client
stage-client = Client régulier
stage-supporter = Fidèle
stage-advocate = Ambassadeur
stage-partner = Partenaire
segment-champions = Champions
segment-loyal = Fidèles
segment-potential_loyalists = Fidèles en devenir
segment-new = Nouveaux
segment-promising = Prometteurs
segment-need_attention = À surveiller
segment-about_to_sleep = En sommeil
segment-at_risk = À risque
segment-cant_lose_them = À ne pas perdre
segment-hibernating = En hibernation
segment-lost = Perdus
outlook-title = Perspectives
outlook-stage = Échelle
outlook-manual = fixé à la main
outlook-segment = Segment RFM
outlook-p-alive = Chance d'être encore actif
outlook-clv = Valeur attendue sur 12 mois
outlook-expected =
    { NUMBER($n, maximumFractionDigits: 1) ->
        [one] { NUMBER($n, maximumFractionDigits: 1) } achat attendu sur 12 mois
       *[other] { NUMBER($n, maximumFractionDigits: 1) } achats attendus sur 12 mois
    }
outlook-why-repeat = Estimé d'après son propre rythme d'achat et ses paniers.
outlook-why-one_time_buyer = Un seul achat : l'estimation s'appuie surtout sur l'ensemble de vos clients.
outlook-why-no_purchase = Pas encore d'achat : l'échelle, le segment et la valeur attendue apparaîtront après son premier achat.
outlook-why-historic = Pas encore assez de clients réguliers pour un modèle : on reprend ses 12 derniers mois.
