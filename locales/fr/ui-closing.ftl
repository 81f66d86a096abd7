# Fermer la fenêtre alors qu'un formulaire a des modifications non enregistrées
# (ui/src/closing.ts), et le nom de chaque brouillon gardé.
close-ask-title = Fermer Fidèle ?
close-ask-body = { $n ->
    [one] Ce formulaire a des modifications pas encore enregistrées. Fermer Fidèle les perd :
   *[other] Ces { $n } formulaires ont des modifications pas encore enregistrées. Fermer Fidèle les perd :
}
close-ask-keep = Continuer la saisie
close-ask-close = Fermer et perdre les modifications
draft-what-customer-new = Le nouveau client
draft-what-customer-edit = Les modifications de la fiche de { $name }
draft-what-purchase = Un achat de { $name }
draft-what-interaction = Un échange avec { $name }
draft-what-reminder = Un rappel
draft-what-shop = Les coordonnées de la boutique
draft-what-ladder = Les réglages de l'échelle de fidélité
