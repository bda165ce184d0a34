# Was die Prüfung einer Nachricht meldet (siehe crates/core/src/message/check/),
# auf Deutsch (Anrede: „Sie“). Der Bericht steht in der Sprache des Fensters,
# gleich in welcher Sprache die Nachricht selbst geschrieben ist; zitierte
# Wörter ($said, $word …) stammen aus der Nachricht.
# Begriffe wie in core.ftl: Gespräch, Bewerbung zurückziehen, Verschiebung,
# Bewerbung ruhen lassen, Personalvermittlung.

## Wie der Bericht Daten schreibt (strftime, Namen von chrono, de_DE)

# Der Tag des Gesprächs: „Donnerstag, 3. Dezember“.
check-format-day = %A, %-d. %B
# Ein Datum mit Jahr: „3. Dezember 2026“.
check-format-date = %-d. %B %Y
# Ein Wochentag allein: „Donnerstag“.
check-format-weekday = %A
# Tag und Uhrzeit des Gesprächs, nach „das Gespräch ist aber“: „am Donnerstag, 3. Dezember, um 10:00 CET / 04:00 EST“.
check-when = am { $date }, um { $time }
# Die Uhr der Bewerberin oder des Bewerbers, wenn sie auf einen anderen Tag fällt.
check-when-other-day = { $time } (bei Ihnen am { $day })

## Eine Nachricht in einer Sprache, die die Prüfung nicht liest

check-not-read = Nicht geprüft: Die Nachricht ist in einer Sprache geschrieben, die die Prüfung nicht liest.
# $name ist die Sprache, nach der die Nachricht aussieht, in ihrem eigenen Namen („Italiano“).
check-not-read-note = Diese Nachricht scheint in einer anderen Sprache verfasst zu sein ({ $name }). Die Prüfung liest { $read }; hier wurde also nichts geprüft. Lesen Sie die Nachricht anhand der Checkliste selbst durch, bevor Sie sie senden.
check-language-en = Englisch
check-language-de = Deutsch
check-language-fr = Französisch
check-language-es = Spanisch
# Die letzten zwei einer Aufzählung: „Englisch, Deutsch, Französisch und Spanisch“.
check-list = { $rest } und { $last }
check-moment-not-read = In dieser Sprache noch nicht geprüft: Prüfen Sie diesen Punkt selbst.

## Die Checkliste: -pass, wenn die Nachricht es enthält, -fail mit dem, was zu tun ist, -na, wenn es nicht zutrifft

check-interview_date-pass = Das Datum des Gesprächs steht darin.
check-interview_date-fail = Sagen Sie, um welches Gespräch es geht: Nennen Sie das Datum, z. B. Donnerstag, 3. Dezember.
check-interview_date-na = Eine Nachfrage muss das Datum nicht wiederholen.
check-interview_time-pass = Die Uhrzeit des Gesprächs steht darin.
check-interview_time-fail = Nennen Sie auch die Uhrzeit des Gesprächs, z. B. { $example }.
check-interview_time-na = Eine Nachfrage muss die Uhrzeit nicht wiederholen.
check-time_zone-pass = Bei der Uhrzeit steht die Zeitzone.
check-time_zone-fail = Sie und das Unternehmen sind in verschiedenen Zeitzonen: Ergänzen Sie die Zeitzone, z. B. { $example }.
check-time_zone-na = Beide Seiten haben dieselbe Uhrzeit.
# Eine Sommerzeit im Winter oder umgekehrt: „MESZ“, „MEZ“.
check-time_zone-season = An diesem Datum gilt { $right }, nicht { $wrong }: Schreiben Sie die Uhrzeit als { $example }.
check-position-pass = Die Stelle wird gleich zu Beginn genannt.
check-position-fail = Nennen Sie die Stelle im Betreff oder im ersten Satz.
check-brief_reason-pass = Der Grund, falls genannt, ist kurz.
check-brief_reason-fail = Nennen Sie den Grund in höchstens einem kurzen Satz; alles Weitere lassen Sie weg.
check-clear_action-pass = Die Nachricht sagt klar, was Sie tun.
check-clear_action-na = Bei einer Nachfrage gibt es nichts abzusagen oder zu verschieben.
check-clear_action-withdraw = Sagen Sie klar, dass Sie Ihre Bewerbung zurückziehen.
check-clear_action-reschedule = Sagen Sie klar, dass Sie um eine Verschiebung bitten.
check-clear_action-pause = Sagen Sie klar, dass Sie bitten, Ihre Bewerbung ruhen zu lassen.
check-clear_action-remote = Fragen Sie klar, ob mobiles oder hybrides Arbeiten möglich ist.
check-clear_action-missed = Sagen Sie klar, dass Sie das Gespräch verpasst haben.
check-clear_action-decline_offer = Sagen Sie klar, dass Sie das Angebot ablehnen.
check-clear_action-withdraw_after_offer = Sagen Sie klar, dass Sie Ihre Bewerbung nach dem Angebot zurückziehen.
check-clear_action-late = Sagen Sie klar, dass Sie sich verspäten.
check-clear_action-unable_to_join = Sagen Sie klar, dass Sie heute nicht teilnehmen können und einen anderen Termin brauchen.
check-clear_action-confirm = Sagen Sie klar, dass Sie den neuen Termin bestätigen.
check-clear_action-follow_up = Sagen Sie, dass Sie an Ihre frühere Nachricht anknüpfen.
check-clear_action-resume = Sagen Sie klar, dass Sie bereit sind, weiterzumachen.
check-clear_action-any = Sagen Sie klar, was Sie tun: die Bewerbung zurückziehen, absagen, verschieben oder ruhen lassen.
check-apology-pass = Die Nachricht entschuldigt sich für die Umstände.
check-apology-fail = Entschuldigen Sie sich kurz für die Umstände.
check-apology-na = Hier ist keine Entschuldigung nötig.
check-thanks-pass = Die Nachricht enthält einen Dank.
check-thanks-fail = Bedanken Sie sich für die Zeit, die man sich für Sie genommen hat.
check-alternatives-pass = Die Nachricht bietet neue Termine an oder bittet um Vorschläge.
check-alternatives-fail = Bieten Sie zwei oder drei konkrete neue Termine an oder bitten Sie um Vorschläge.
check-alternatives-na = Neue Termine braucht nur eine Verschiebung.
check-delay-pass = Die Nachricht sagt, wie viel später Sie kommen.
check-delay-fail = Sagen Sie, wie viel später Sie kommen oder wann Sie da sind („etwa 10 Minuten“, „bis 10:15 Uhr“).
check-new_time-pass = Die Nachricht nennt den neuen Termin, den Sie bestätigen.
check-new_time-fail = Nennen Sie das neue Datum und die Uhrzeit, die Sie bestätigen, damit kein Zweifel bleibt.
check-new_time-na = Es wurde kein neuer Termin angegeben: Bestätigt wird der ursprüngliche Termin des Gesprächs.
check-pass_on-pass = Die Nachricht bittet die Personalvermittlung um Weitergabe.
check-pass_on-fail = Bitten Sie die Personalvermittlung, Ihre Entscheidung an das Kundenunternehmen weiterzugeben.
check-client_named-pass = Die Nachricht nennt das Kundenunternehmen.
check-client_named-fail = Nennen Sie das Unternehmen, bei dem das Gespräch stattfindet: Eine Personalvermittlung arbeitet für mehrere.
check-client_named-na = Es wurde kein Unternehmen angegeben, nach dem gesucht werden könnte.
check-stop_steps-pass = Die Nachricht bittet, bereits eingeleitete Schritte zu stoppen.
check-stop_steps-fail = Bitten Sie, alles zu stoppen, was für Sie schon eingeleitet wurde (Unterlagen, Prüfungen, Umzug).
# $placeholder ist der Platzhalter des Entwurfs, in der Sprache der Nachricht („[Ihr Name]“).
check-signature-placeholder = Setzen Sie Ihren Namen anstelle von „{ $placeholder }“ ein (oder tragen Sie ihn einmal in den Einstellungen ein).
check-signature-pass = Die Nachricht ist mit Ihrem Namen unterschrieben.
check-signature-fail = Schließen Sie mit einer Grußformel und Ihrem Namen.
check-signature-spoken-pass = Sie sagen, wer Sie sind.
check-signature-spoken-fail = Nennen Sie gleich zu Beginn Ihren Namen.
check-signature-spoken-na = Gesprochen: Sie nennen Ihren Namen zu Beginn.
check-contact-placeholder = Setzen Sie Ihre E-Mail-Adresse oder Telefonnummer anstelle von „{ $placeholder }“ ein.
check-contact-pass = Ihre Kontaktdaten stehen darin.
check-contact-fail = Ergänzen Sie eine E-Mail-Adresse oder Telefonnummer, unter der man Sie erreicht.
check-contact-phone-na = Am Telefon hat man Ihre Nummer schon.
check-contact-sms-na = Eine SMS kommt von Ihrer Nummer: Man kann direkt darauf antworten.

## Probleme: was zu vermeiden ist und was nicht stimmt

# $channel ist email, linkedin, platform, phone, voicemail oder sms; $words und
# $limit sind immer groß (ab 60), daher ohne Singular.
problem-too_long = Mit { $words } Wörtern ist das lang für { $channel ->
    [linkedin] eine Nachricht auf LinkedIn
    [platform] eine Nachricht im Bewerbungsportal
    [phone] ein Telefonat
    [voicemail] eine Mailbox-Nachricht
    [sms] eine SMS
   *[email] eine E-Mail
}: Kürzen Sie auf höchstens { $limit } Wörter, ein oder zwei kurze Absätze.
problem-oversharing = Lassen Sie medizinische, familiäre und emotionale Einzelheiten weg: Ein schlichter Satz genügt.
problem-blame = Verzichten Sie auf Kritik am Unternehmen: Vielleicht begegnen Sie diesen Menschen wieder.
problem-vague = Seien Sie eindeutig: Sagen Sie, was Sie tun, ohne „vielleicht“ oder „ich bin nicht sicher“.
problem-drama = Bleiben Sie ruhig im Ton: keine Ausrufezeichen und keine Wörter in Großbuchstaben.
problem-late_email = Weniger als 24 Stunden bis zum Gespräch: Rufen Sie zuerst an und senden Sie diese E-Mail nach dem Anruf als Bestätigung.
problem-mismatch-date = In der Nachricht steht „{ $said }“, das Gespräch ist aber am { $day }: Korrigieren Sie das Datum.
problem-mismatch-weekday = „{ $said }“ hat den falschen Wochentag: Der { $date } ist ein { $weekday }.
problem-mismatch-time = In der Nachricht steht „{ $said }“, das Gespräch ist aber { $when }: Korrigieren Sie die Uhrzeit.
problem-mismatch-position = Die Nachricht nennt die Stelle „{ $named }“, das Gespräch gilt aber der Stelle „{ $position }“: Korrigieren Sie die Angabe.
problem-spelling = „{ $word }“ scheint falsch geschrieben: Prüfen Sie die Schreibweise.
problem-spelling-suggestion = „{ $word }“ scheint falsch geschrieben: Meinten Sie „{ $best }“?

## Hinweise: was die Prüfung nicht leisten konnte

# $language ist die Sprache der Nachricht (en, de, fr, es); $package, was zu installieren ist.
check-note-no-dictionary = Die Rechtschreibung wurde nicht geprüft: Auf diesem Computer wurde kein { $language ->
    [de] deutsches
    [fr] französisches
    [es] spanisches
   *[en] englisches
} Wörterbuch gefunden (unter Debian oder Ubuntu: { $package } installieren).
