# The words printed on a greeting card (crates/printing). Selectors, passed by the code:
#   $salutation: mr, mrs, ms, none (no gendered title known), family (a household's card)
#   $register: formal (by title and surname) or informal (by first name), from the customer's
#              formality; the whole card speaks in that one register.

## How a card opens, without its punctuation. $first is the given name (the surname when none
## is known), $last the surname, $full both.
print-card-opening =
    { $register ->
        [informal] Dear { $first }
       *[formal]
            { $salutation ->
                [mr] Dear Mr { $last }
                [mrs] Dear Mrs { $last }
                [ms] Dear Ms { $last }
               *[none] Dear { $full }
            }
    }
print-card-opening-anonymous = Dear customer
print-card-opening-family = Dear { $family } family
# The opening as the card prints it, above the message.
print-card-opening-line = { $opening },

## The greeting on the front of a card, by the occasion the design celebrates.
print-card-greeting-new-year = Happy New Year
print-card-greeting-valentine = Happy Valentine's Day
print-card-greeting-spring = Happy spring
print-card-greeting-easter = Happy Easter
print-card-greeting-may = Lovely May days
print-card-greeting-summer = Hello summer
print-card-greeting-holidays = Happy holidays
print-card-greeting-late-summer = Enjoy the summer
print-card-greeting-back-to-school = Happy September
print-card-greeting-halloween = Happy Halloween
print-card-greeting-autumn = Happy autumn
print-card-greeting-christmas = Merry Christmas
print-card-greeting-year-end = Season's greetings
print-card-greeting-songkran = Happy Songkran
print-card-greeting-loy-krathong = Happy Loy Krathong
print-card-greeting-birthday = Happy birthday
print-card-greeting-anniversary = One year together

## The ready-made message of an occasion, which the shopkeeper may keep or rewrite.
print-card-message-new-year =
    { $register ->
        [informal] We all wish you a happy new year, full of little joys. Thanks for being with us!
       *[formal] All of us wish you a happy new year, full of small joys. Thank you for your loyalty!
    }
print-card-message-christmas =
    { $register ->
        [informal]
            Wishing { $salutation ->
                [family] you all
               *[other] you
            } a merry Christmas, surrounded by the people you love!
       *[formal]
            We wish { $salutation ->
                [family] you all
               *[other] you
            } a joyful holiday season, surrounded by the people you love.
    }
print-card-message-year-end =
    { $register ->
        [informal] Wishing you lovely holidays and a great end to the year. Thanks for being with us!
       *[formal] We wish you a wonderful holiday season and a happy end of the year. Thank you for your loyalty.
    }
print-card-message-songkran =
    { $register ->
        [informal] Happy Songkran! Wishing you a fresh and joyful Thai New Year.
       *[formal] We wish you a happy Songkran and a fresh and joyful Thai New Year.
    }
print-card-message-loy-krathong =
    { $register ->
        [informal] May the lights of Loy Krathong float your worries away. Thanks for being with us!
       *[formal] May the lights of Loy Krathong carry your worries away on the water. Thank you for your loyalty!
    }
print-card-message-season =
    { $register ->
        [informal] We're thinking of you and would love to see you in the shop again soon!
       *[formal] We are thinking of you and would love to see you again in the shop soon.
    }
print-card-message-birthday =
    { $register ->
        [informal] Happy birthday from all of us, and here's to a year full of lovely surprises!
       *[formal] Everyone at the shop wishes you a very happy birthday and a year full of lovely surprises.
    }
print-card-message-anniversary =
    { $register ->
        [informal] A year ago you came into our shop for the first time. Thanks for a wonderful year together!
       *[formal] A year ago you came into our shop for the first time. Thank you for a wonderful year together.
    }

## The personal line under the message. $date is a day and month ("3 March").
print-card-thanks =
    { $register ->
        [informal] Thanks for stopping by on { $date }, see you soon!
       *[formal] Thank you for your visit on { $date }, see you soon!
    }
# $percent: the discount; $purchase: first (a prospect's first purchase) or next.
print-card-offer =
    { $register ->
        [informal]
            { $percent }% off your { $purchase ->
                [first] first
               *[next] next
            } buy, until { $date }.
       *[formal]
            { $percent }% off your { $purchase ->
                [first] first
               *[next] next
            } purchase, until { $date }.
    }
print-card-offer-code = Offer code: { $code }

## The address side.
print-card-stamp = Stamp
# Signs a card written in another language than the shop's own signature.
print-card-signature = The { $shop } team
