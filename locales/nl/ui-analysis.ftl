# The dashboard and who matters: stages, segments, the outlook.
dashboard-customers = Klanten
dashboard-buyers =
    { $n ->
        [one] waarvan { $n } koper
       *[other] waarvan { $n } kopers
    }
dashboard-revenue = Omzet, laatste 12 maanden
dashboard-previous = Vorige 12 maanden: { $amount }
dashboard-post = Willen post ontvangen
dashboard-complaints = Openstaande klachten
dashboard-no-complaints = Geen openstaande klachten.
dashboard-overdue = Achterstallige opvolging
dashboard-no-overdue = Niets achterstallig.
dashboard-birthdays = Verjaardagen in de komende 14 dagen
dashboard-no-birthdays = Geen verjaardagen op komst.
dashboard-turns = wordt { $n }
dashboard-more = … en nog { $n }
outlook-set-stage = Fase met de hand instellen
outlook-automatic = automatisch
analysis-moves = Deze maand: { $up } omhoog, { $down } omlaag, { $entered } nieuw
analysis-title = Wie ertoe doet
analysis-step-reading = Klantenbestand lezen…
analysis-step-computing = Ladder, segmenten en modellen berekenen…
analysis-step-recording = Verschuivingen van de maand vastleggen…
analysis-ladder = De loyaliteitsladder
analysis-pareto = De gouden klanten
analysis-pareto-headline = { $customers }% van de klanten zorgt voor { $margin }% van de marge
analysis-pareto-axis-customers = Aandeel klanten (beste eerst)
analysis-pareto-axis-margin = Aandeel in de marge
analysis-rfm = Recentheid × frequentie (RFM)
analysis-rfm-recency = Recentheid
analysis-rfm-frequency = Frequentie
analysis-segments = Segmenten
analysis-bucket = De lekkende emmer: gewonnen en verloren klanten per maand
analysis-gained = Gewonnen of terug
analysis-lost = Verloren
analysis-active = Actief
analysis-drifting = Ze haken af
analysis-no-drifting = Geen enkele waardevolle klant haakt af.
analysis-call-them = Bel ze
analysis-reminder-set = Herinnering toegevoegd
analysis-call-title = { $name } bellen: { $reason }
analysis-clv-label = waarde 12 maanden: { $amount }
analysis-clv-help = Wat deze klant in de komende 12 maanden zou moeten uitgeven, op basis van de eerdere aankopen
analysis-no-phone = geen telefoonnummer bekend
analysis-see-all = Alle { $n } tonen
analysis-advocates = Ambassadeurs
analysis-referred =
    { $n } aanbevolen, { $b ->
        [one] { $b } koper
       *[other] { $b } kopers
    }, { $revenue } aan aankopen
analysis-satisfied =
    { $n ->
        [one] { $n } klant zonder klacht is al lang niet meer teruggekomen.
       *[other] { $n } klanten zonder klacht zijn al lang niet meer teruggekomen.
    }
analysis-model = BG/NBD-model: r = { $r }, α = { $alpha } weken, a = { $a }, b = { $b }
analysis-no-model = Te weinig geschiedenis voor een model ({ $reason }): de waarden zijn historisch.
stage-prospect = Prospect
stage-customer = Klant
stage-client = Vaste klant
stage-supporter = Trouwe klant
stage-advocate = Ambassadeur
stage-partner = Partner
segment-champions = Kampioenen
segment-loyal = Trouw
segment-potential_loyalists = Worden trouw
segment-new = Nieuw
segment-promising = Veelbelovend
segment-need_attention = Aandacht nodig
segment-about_to_sleep = Dreigen in te slapen
segment-at_risk = Lopen risico
segment-cant_lose_them = Niet kwijtraken
segment-hibernating = In winterslaap
segment-lost = Verloren
outlook-title = Vooruitzicht
outlook-stage = Plaats op de ladder
outlook-manual = met de hand ingesteld
outlook-segment = RFM-segment
outlook-p-alive = Kans nog actief
outlook-clv = Verwachte waarde, komende 12 maanden
outlook-expected = Verwachte aankopen in 12 maanden: { $n }
outlook-why-repeat = Geschat op basis van het eigen koopritme en de eigen aankoopbedragen.
outlook-why-one_time_buyer = Maar één aankoop: de schatting steunt vooral op al je klanten samen.
outlook-why-no_purchase = Nog geen aankoop: de ladder, het segment en de verwachte waarde verschijnen na de eerste aankoop.
outlook-why-historic = Nog niet genoeg vaste klanten voor een model: de laatste 12 maanden, herhaald.
