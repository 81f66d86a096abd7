# De woorden op een wenskaart (crates/printing). Selectoren, door de code meegegeven:
#   $salutation: mr, mrs, ms, none (geen aanspreektitel bekend), family (kaart aan een gezin)
#   $register: formal (titel en achternaam, "u") of informal (voornaam, "je"), naar de
#              aanspreekvorm van de klant; de hele kaart spreekt in die ene vorm.

## Hoe de kaart begint, zonder leesteken. $first: de voornaam (anders de achternaam), $last: de
## achternaam, $full: beide.
print-card-opening =
    { $register ->
        [informal] Beste { $first }
       *[formal]
            { $salutation ->
                [mr] Geachte heer { $last }
                [mrs] Geachte mevrouw { $last }
                [ms] Geachte mevrouw { $last }
               *[none] Beste { $full }
            }
    }
print-card-opening-anonymous = Beste klant
print-card-opening-family = Beste familie { $family }
print-card-opening-line = { $opening },

## De wens op de voorkant, naar de gelegenheid van het ontwerp.
print-card-greeting-new-year = Gelukkig nieuwjaar
print-card-greeting-valentine = Fijne Valentijnsdag
print-card-greeting-spring = Fijne lente
print-card-greeting-easter = Vrolijk Pasen
print-card-greeting-may = Een fijne meimaand
print-card-greeting-summer = Fijne zomer
print-card-greeting-holidays = Fijne vakantie
print-card-greeting-late-summer = Geniet van de zomer
print-card-greeting-back-to-school = Fijn nieuw seizoen
print-card-greeting-halloween = Fijne Halloween
print-card-greeting-autumn = Fijne herfst
print-card-greeting-christmas = Vrolijk kerstfeest
print-card-greeting-year-end = Fijne feestdagen
print-card-greeting-songkran = Fijne Songkran
print-card-greeting-loy-krathong = Fijne Loy Krathong
print-card-greeting-birthday = Gefeliciteerd
print-card-greeting-anniversary = Al een jaar samen

## Het kant-en-klare bericht van de gelegenheid, dat de winkelier houdt of herschrijft.
print-card-message-new-year =
    { $register ->
        [informal] We wensen je een gelukkig nieuwjaar vol kleine geluksmomenten. Bedankt voor je trouw!
       *[formal] Wij wensen u een gelukkig nieuwjaar vol kleine geluksmomenten. Bedankt voor uw trouw!
    }
print-card-message-christmas =
    { $register ->
        [informal] We wensen je fijne feestdagen, omringd door wie je dierbaar is.
       *[formal] Wij wensen u fijne feestdagen, omringd door wie u dierbaar is.
    }
print-card-message-year-end =
    { $register ->
        [informal] We wensen je fijne feestdagen en een mooi einde van het jaar. Bedankt voor je trouw!
       *[formal] Wij wensen u fijne feestdagen en een mooi einde van het jaar. Bedankt voor uw trouw.
    }
print-card-message-songkran =
    { $register ->
        [informal] We wensen je een fijne Songkran en een fris en gelukkig Thais nieuwjaar.
       *[formal] Wij wensen u een fijne Songkran en een fris en gelukkig Thais nieuwjaar.
    }
print-card-message-loy-krathong =
    { $register ->
        [informal] Mogen de lichtjes van Loy Krathong je zorgen meenemen op het water. Bedankt voor je trouw!
       *[formal] Mogen de lichtjes van Loy Krathong uw zorgen meenemen op het water. Bedankt voor uw trouw!
    }
print-card-message-season =
    { $register ->
        [informal] We denken aan je en zien je graag binnenkort weer in de winkel.
       *[formal] We denken aan u en zien u graag binnenkort weer in de winkel.
    }
print-card-message-birthday =
    { $register ->
        [informal] Het hele team wenst je een heel fijne verjaardag en een jaar vol mooie verrassingen.
       *[formal] Het hele team wenst u een heel fijne verjaardag en een jaar vol mooie verrassingen.
    }
print-card-message-anniversary =
    { $register ->
        [informal] Een jaar geleden kwam je voor het eerst bij ons binnen. Bedankt voor een mooi jaar samen.
       *[formal] Een jaar geleden kwam u voor het eerst bij ons binnen. Bedankt voor een mooi jaar samen.
    }

## De persoonlijke regel onder het bericht. $date: dag en maand ("3 maart").
print-card-thanks =
    { $register ->
        [informal] Bedankt voor je bezoek op { $date }, tot binnenkort!
       *[formal] Bedankt voor uw bezoek op { $date }, tot binnenkort!
    }
print-card-offer =
    { $register ->
        [informal]
            { $percent }% korting op je { $purchase ->
                [first] eerste
               *[next] volgende
            } aankoop, tot { $date }.
       *[formal]
            { $percent }% korting op uw { $purchase ->
                [first] eerste
               *[next] volgende
            } aankoop, tot { $date }.
    }
print-card-offer-code = Kortingscode: { $code }

## De adreskant.
print-card-stamp = Postzegel
print-card-signature = Het team van { $shop }
