# Was die Befehlszeile für Menschen ausgibt, in der Sprache des Systems (Anrede: „Sie“).
# Ihr JSON, ihr --help und die Namen, die ihre Optionen annehmen (withdraw, upcoming,
# time_zone …), bleiben in jeder Sprache, wie sie sind.
# Begriffe wie in core.ftl, page.ftl und errors.ftl: Protokoll, Gespräch, Sicherung,
# Ansprechperson, Entscheidung.

## raincheck log

log-added = Gespräch #{ $id } hinzugefügt: { $interview }
log-updated = Gespräch #{ $id } aktualisiert: { $interview }
log-decided = Entscheidung „{ $decision }“ für #{ $id } festgehalten: { $interview }
log-no-answer-marked = #{ $id } als „keine Antwort“ markiert: { $interview }
log-no-answer-cleared = #{ $id } ist nicht mehr als „keine Antwort“ markiert: { $interview }
log-sent = Nachricht „{ $kind }“ ({ $channel }) für #{ $id } als gesendet vermerkt.
log-reply-recorded = Antwort auf Nachricht #{ $id } vermerkt.
log-new-time = Gespräch #{ $id } auf den vorgeschlagenen Termin verlegt: { $interview }. Die Bestätigung entwerfen Sie mit: raincheck draft --interview { $id }
# Nach „mit“ steht der Dativ: „mit seinem Verlauf und einer Nachricht“.
log-deleted = Gespräch #{ $id } ({ $company } — { $position }) mit seinem Verlauf und { $messages ->
    [one] einer Nachricht
   *[other] { $messages } Nachrichten
} gelöscht.
list-empty = Hier gibt es keine Gespräche. Fügen Sie eines mit `raincheck log add --input FILE` hinzu.
list-no-match = Hier passt kein Gespräch zu „{ $search }“. Versuchen Sie es mit weniger oder kürzeren Wörtern, oder mit `--filter all`.
list-past-the-end = Diese Seite liegt hinter dem Ende der Liste (Gespräche hier: { $total }). Versuchen Sie `--offset 0`.
# Die Filter heißen so, wie `--filter` sie annimmt.
list-page = { $first }–{ $last } von { $total } (all { $all } · upcoming { $upcoming } · undecided { $undecided } · past { $past } · no-answer { $no_answer })
list-next-page = ; nächste Seite: --offset { $offset }

## raincheck log show: Beschriftungen einer Spalte (kurz gehalten) und ihre Werte

show-starts = Beginn:
show-starts-value = { $when }, { $minutes } min
# Der Wert ist der Name der Entscheidung, wie die Befehle ihn annehmen (withdraw, undecided …).
show-decision = Stand:
show-reason = Grund:
show-scenario = Situation:
show-check-back = Melden am:
show-interviewer = Person:
show-email = E-Mail:
show-phone = Telefon:
show-contact-via = Kontaktweg:
show-place = Ort/Link:
show-stage = Phase:
show-notes = Notizen:
show-history = Verlauf:
show-messages = Nachrichten:
show-message-sent = gesendet am { $at }
show-message-not-sent = nicht gesendet
show-decide-by = Frist:
show-decide-by-value = { $when } (der späteste Zeitpunkt, um noch höflich Bescheid zu geben)
# „Antwort: noch keine auf Ihre Nachricht vom …“
show-no-reply = Antwort:
show-no-reply-follow-up = noch keine auf Ihre Nachricht vom { $since } ({ $kind }); eine Nachfrage ist ab { $due } angemessen
show-no-reply-no-answer = noch keine auf Ihre Nachricht vom { $since } ({ $kind }); ab { $due } können Sie das Gespräch als „keine Antwort“ markieren
show-new-time = Neuer Termin:
show-new-time-value = vom Unternehmen vorgeschlagen und im Protokoll eingetragen; bestätigen Sie ihn noch (raincheck draft --interview { $id })

## raincheck draft und check

# Nach dem, was einem Entwurf fehlt: der Befehl, der es einmal für alle Entwürfe angibt.
draft-add-once = Ergänzen Sie die Angabe einmalig mit `{ $command }`.
# $language ist der Eigenname der Sprache („Deutsch“, „Français“), daher keine Konstruktion wie „auf Französisch“.
check-read-as = Sprache der Prüfung: { $language }.
check-ready = Bereit zum Senden.
check-not-ready = Noch nicht fertig: Beheben Sie, was oben markiert ist.

## raincheck due

due-nothing = Es ist nichts fällig.


## raincheck snooze

snoozed = Die Erinnerung zu #{ $id } ist verschoben bis { $until }.

## raincheck insights

insights-empty = Noch keine Gespräche im Protokoll.
insights-interviews = { $count ->
    [one] Ein Gespräch
   *[other] { $count } Gespräche
}
# $median ist insights-notice-median, oder nichts, wenn es keinen Median gibt.
insights-notice = Bescheid gegeben: { $times ->
    [one] einmal
   *[other] { $times }-mal
}{ $median }; davon { $late } mit weniger als 24 Stunden Vorlauf
insights-notice-median = , im Median { $hours } Std. vor Beginn
# $rate ist insights-reply-rate, oder nichts.
insights-replies = Antworten: { $answered } von { $asked } Nachrichten mit einer Frage{ $rate }
insights-reply-rate = { " " }({ $percent } %)
insights-reasons = Gründe:
# $text ist ein suggestion-text, $keep eine suggestion-keep-*-Wendung (core.ftl).
insights-suggestion = Vorschlag: { $text } Ein Kriterium, auf das Sie künftig achten können: { $keep }.
# Unter jedem Vorschlag: wie man ihn beantwortet. $scenario ist sein Name, z. B. relocation.
insights-suggestion-answer = { "  " }Übernehmen: raincheck non-negotiables accept { $scenario } (mit --as "…" in eigenen Worten). Nichts für Sie: raincheck non-negotiables dismiss { $scenario }

## raincheck ics

ics-added = { $count ->
    [one] Gespräch
   *[other] Gespräche
} { $ids } hinzugefügt.
# Steht für eine Angabe, die eine Einladung nicht enthält.
ics-unknown = (?)
# $file ist die Datei des Feeds, $when wann sie zuletzt geschrieben wurde („Do. 3. Dez. 2026, 10:00 MEZ“).
ics-feed-status = { $count ->
    [0] Kein offenes Gespräch: Der Feed enthält keinen Termin
    [one] Ein Termin
   *[other] { $count } Termine
} in { $file }, { $written ->
    [yes] soeben geschrieben.
   *[no] unverändert seit { $when }.
}
ics-feed-off = Der Kalender-Feed ist aus. Einschalten mit: raincheck ics feed --folder ORDNER (ein Ordner, den der Kalender Ihres Telefons synchronisiert).
ics-feed-switched-off = Der Kalender-Feed ist aus; { $file } wurde entfernt.
ics-feed-not-updated = Der Kalender-Feed wurde nicht aktualisiert: { $error }

## raincheck export, import, backup, restore, status

restored = Sicherung wiederhergestellt: { $count ->
    [one] ein Gespräch
   *[other] { $count } Gespräche
}.
restored-replaced-kept = Das ersetzte Protokoll liegt unter { $path }.
imported = { $count ->
    [one] Ein Gespräch
   *[other] { $count } Gespräche
} importiert.
imported-renumbered = Die Nummer #{ $old } war schon vergeben: Das Gespräch hat jetzt #{ $new }.
backed-up-encrypted = Das Protokoll wurde unter { $path } gesichert (mit dem Schlüssel des Protokolls verschlüsselt).
backed-up-plain = Das Protokoll wurde unter { $path } gesichert (nicht verschlüsselt).
# Beschriftungen einer Spalte (höchstens 12 Zeichen), dann ihre Werte.
status-data-folder = Datenordner:
status-log = Protokoll:
status-log-value = { $path } (Version { $version })
# „Schutz: verschlüsselt“ bzw. „Schutz: NICHT verschlüsselt“.
status-encryption = Schutz:
status-encryption-on = verschlüsselt
status-encryption-off = NICHT verschlüsselt
status-interviews = Gespräche:
status-interviews-value = { $count } ({ $upcoming } bevorstehend, davon { $undecided } noch offen); { $sent ->
    [one] eine Nachricht gesendet
   *[other] { $sent } Nachrichten gesendet
}
status-read-only = Nur lesbar:

## raincheck prep

prep-heading = Vor dem Gespräch mit { $company } ({ $when }): { $done } von { $of } erledigt
prep-how-to-tick = Haken Sie einen Punkt mit `raincheck prep { $id } --tick time_zone` ab.

## raincheck profile und appearance: Beschriftungen einer Spalte (höchstens 9 Zeichen)

profile-name = Name:
profile-email = E-Mail:
profile-phone = Telefon:
profile-home-zone = Zeitzone:
profile-buffer = Puffer:
profile-buffer-value = { $minutes } min
profile-not-set = (nicht angegeben)
profile-system-zone = wie im System
appearance = Farben:  { $theme }
    Größe:   { $percent } %

## raincheck non-negotiables (auch unter raincheck profile)

non-negotiables-heading = Unverzichtbare Kriterien:
non-negotiables-none = Noch keine unverzichtbaren Kriterien: Fügen Sie eigene mit raincheck non-negotiables add "…" hinzu, oder übernehmen Sie einen Vorschlag aus raincheck insights.
non-negotiable-kept = Festgehalten: { $text }
non-negotiable-changed = Geändert: { $text }
non-negotiable-removed = Entfernt: { $text }
suggestion-dismissed = Verworfen: Dieser Vorschlag erscheint nicht wieder.
