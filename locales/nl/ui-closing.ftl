# Het venster sluiten terwijl een formulier niet-opgeslagen wijzigingen heeft
# (ui/src/closing.ts), en hoe elk bewaard concept daar heet.
close-ask-title = Fidèle sluiten?
close-ask-body = { $n ->
    [one] Dit formulier heeft wijzigingen die nog niet zijn opgeslagen. Als je Fidèle sluit, gaan ze verloren:
   *[other] Deze { $n } formulieren hebben wijzigingen die nog niet zijn opgeslagen. Als je Fidèle sluit, gaan ze verloren:
}
close-ask-keep = Verder bewerken
close-ask-close = Sluiten en de wijzigingen kwijtraken
draft-what-customer-new = De nieuwe klant
draft-what-customer-edit = Wijzigingen in de gegevens van { $name }
draft-what-purchase = Een aankoop van { $name }
draft-what-interaction = Een contactmoment met { $name }
draft-what-reminder = Een herinnering
draft-what-shop = De gegevens van de winkel
draft-what-ladder = De instellingen van de loyaliteitsladder
