# Closing the window while a form holds changes not saved (ui/src/closing.ts), and what each
# kept draft is called there.
close-ask-title = Close Fidèle?
close-ask-body = { $n ->
    [one] This form has changes that are not saved yet. Closing Fidèle loses them:
   *[other] These { $n } forms have changes that are not saved yet. Closing Fidèle loses them:
}
close-ask-keep = Keep editing
close-ask-close = Close and lose the changes
draft-what-customer-new = The new customer
draft-what-customer-edit = Changes to { $name }'s details
draft-what-purchase = A purchase for { $name }
draft-what-interaction = An interaction with { $name }
draft-what-reminder = A reminder
draft-what-shop = The shop's details
draft-what-ladder = The loyalty ladder's settings
