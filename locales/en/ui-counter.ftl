# The counter screen, member cards on the customer's page, the loyalty rules in Settings.
member-number = Card no. { $number }
member-reissue = Lost card: new number
member-reissue-title = Give { $name } a new card number?
member-reissue-what = Card no. { $number } will be stopped: a scan of it will say so and name this customer. Points stay with the customer.
member-reissue-confirm = Stop it and give a new number
member-reissue-cancel = Keep this number
member-reissued = New card no. { $number }; the old one is stopped.
