# Ce que signale la vérification d’un message (voir crates/core/src/message/check/),
# en français. Le rapport est dans la langue de la fenêtre, quelle que soit la
# langue du message lui-même ; les mots cités ($said, $word…) sont ceux du message.
# Conventions : vouvoiement, apostrophe typographique (’), guillemets « »,
# espace insécable avant : ; ? ! et à l’intérieur des guillemets.
# Vocabulaire de core.ftl : entretien, retrait de candidature, report, mise en
# attente, créneau, cabinet de recrutement.

## Comment le rapport écrit les dates (strftime, noms de chrono, fr_FR)

# Le jour de l’entretien : « jeudi 3 décembre ».
check-format-day = %A %-d %B
# Une date avec l’année : « 3 décembre 2026 ».
check-format-date = %-d %B %Y
# Un jour de la semaine seul : « jeudi ».
check-format-weekday = %A
# Le jour et l’heure de l’entretien, après « l’entretien a lieu » : « le jeudi 3 décembre à 10:00 CET / 04:00 EST ».
check-when = le { $date } à { $time }
# L’heure du candidat quand elle tombe un autre jour.
check-when-other-day = { $time } (le { $day } chez vous)

## Un message dans une langue que la vérification ne lit pas

check-not-read = Non vérifié : le message est dans une langue que la vérification ne lit pas.
# $name est la langue du message, sous son propre nom (« Italiano »).
check-not-read-note = Ce message semble écrit dans une autre langue ({ $name }). La vérification lit { $read } : rien n’a donc été vérifié ici. Relisez-le vous-même à l’aide de la liste avant de l’envoyer.
check-language-en = l’anglais
check-language-de = l’allemand
check-language-fr = le français
check-language-es = l’espagnol
# Les deux derniers d’une liste : « l’anglais, l’allemand, le français et l’espagnol ».
check-list = { $rest } et { $last }
check-moment-not-read = Pas encore vérifié dans cette langue : vérifiez ce point vous-même.

## La liste : -pass quand le message le contient, -fail avec ce qu’il faut faire, -na quand cela ne s’applique pas

check-interview_date-pass = La date de l’entretien y figure.
check-interview_date-fail = Précisez de quel entretien il s’agit : indiquez sa date, par exemple jeudi 3 décembre.
check-interview_date-na = Une relance n’a pas besoin de répéter la date.
check-interview_time-pass = L’heure de l’entretien y figure.
check-interview_time-fail = Indiquez aussi l’heure de l’entretien, par exemple { $example }.
check-interview_time-na = Une relance n’a pas besoin de répéter l’heure.
check-time_zone-pass = L’heure précise son fuseau horaire.
check-time_zone-fail = Vous n’êtes pas dans le même fuseau horaire : ajoutez le fuseau à l’heure, par exemple { $example }.
check-time_zone-na = Les deux parties ont la même heure.
# Une heure d’été écrite en hiver, ou l’inverse : « CEST », « CET ».
check-time_zone-season = À cette date, le fuseau est { $right }, et non { $wrong } : écrivez l’heure sous la forme { $example }.
check-position-pass = Le poste est mentionné dès le début.
check-position-fail = Mentionnez le poste dans l’objet ou dans la première phrase.
check-brief_reason-pass = La raison, s’il y en a une, est brève.
check-brief_reason-fail = Donnez au plus une courte phrase d’explication ; laissez le reste de côté.
check-clear_action-pass = Le message dit clairement ce que vous faites.
check-clear_action-na = Une relance n’a rien à annuler ni à reporter.
check-clear_action-withdraw = Dites clairement que vous retirez votre candidature.
check-clear_action-reschedule = Dites clairement que vous demandez un report.
check-clear_action-pause = Dites clairement que vous demandez la mise en attente de votre candidature.
check-clear_action-remote = Demandez clairement si le télétravail ou un mode hybride est possible.
check-clear_action-missed = Dites clairement que vous avez manqué l’entretien.
check-clear_action-decline_offer = Dites clairement que vous déclinez leur offre.
check-clear_action-withdraw_after_offer = Dites clairement que vous retirez votre candidature après leur offre.
check-clear_action-late = Dites clairement que vous êtes en retard.
check-clear_action-unable_to_join = Dites clairement que vous ne pouvez pas participer aujourd’hui et qu’il vous faut un autre créneau.
check-clear_action-confirm = Dites clairement que vous confirmez le nouvel horaire.
check-clear_action-follow_up = Dites que vous revenez vers eux au sujet de votre message précédent.
check-clear_action-resume = Dites clairement que vous souhaitez reprendre le processus.
check-clear_action-any = Dites clairement ce que vous faites : retirer votre candidature, annuler, reporter ou mettre en attente.
check-apology-pass = Le message s’excuse pour le dérangement.
check-apology-fail = Ajoutez de brèves excuses pour le dérangement.
check-apology-na = Rien ici n’appelle d’excuses.
check-thanks-pass = Le message les remercie.
check-thanks-fail = Remerciez-les pour leur temps.
check-alternatives-pass = Le message propose de nouveaux créneaux ou leur demande d’en proposer.
check-alternatives-fail = Proposez deux ou trois nouveaux créneaux précis, ou demandez-leur d’en suggérer.
check-alternatives-na = Seul un report demande de nouveaux créneaux.
check-delay-pass = Le message dit combien de retard vous aurez.
check-delay-fail = Dites combien de retard vous aurez, ou quand vous serez là (« environ 10 minutes », « vers 10 h 15 »).
check-new_time-pass = Le message indique le nouvel horaire que vous confirmez.
check-new_time-fail = Indiquez la nouvelle date et l’heure que vous confirmez, pour qu’il n’y ait aucun doute.
check-new_time-na = Aucun nouvel horaire n’a été donné : c’est l’horaire initial de l’entretien qui est confirmé.
check-pass_on-pass = Le message demande au recruteur de transmettre.
check-pass_on-fail = Demandez au recruteur de transmettre votre décision à son client.
check-client_named-pass = Le message nomme l’entreprise cliente.
check-client_named-fail = Nommez l’entreprise avec laquelle vous avez l’entretien : un cabinet de recrutement travaille pour plusieurs.
check-client_named-na = Aucune entreprise n’a été indiquée : rien à rechercher.
check-stop_steps-pass = Le message demande d’arrêter les démarches engagées pour vous.
check-stop_steps-fail = Demandez-leur d’arrêter toute démarche déjà engagée pour vous (dossier, vérifications, déménagement).
# $placeholder est l’emplacement du brouillon, dans la langue du message (« [votre nom] »).
check-signature-placeholder = Remplacez « { $placeholder } » par votre nom (ou indiquez-le une fois pour toutes dans les Réglages).
check-signature-pass = Le message est signé de votre nom.
check-signature-fail = Terminez par une formule de politesse et votre nom.
check-signature-spoken-pass = Vous dites qui vous êtes.
check-signature-spoken-fail = Dites votre nom dès le début.
check-signature-spoken-na = À l’oral : vous dites votre nom en commençant.
check-contact-placeholder = Remplacez « { $placeholder } » par votre e-mail ou votre numéro de téléphone.
check-contact-pass = Vos coordonnées y figurent.
check-contact-fail = Ajoutez une adresse e-mail ou un numéro de téléphone où vous joindre.
check-contact-phone-na = Au téléphone, ils ont déjà votre numéro.
check-contact-sms-na = Un SMS part de votre numéro : ils peuvent y répondre.

## Problèmes : ce qu’il faut éviter, et ce qui est inexact

# $channel vaut email, linkedin, platform, phone, voicemail ou sms ; $words et
# $limit sont toujours grands (60 et plus), d’où le pluriel seul.
problem-too_long = Avec { $words } mots, c’est long pour { $channel ->
    [linkedin] un message LinkedIn
    [platform] un message sur une plateforme de recrutement
    [phone] un appel
    [voicemail] un message vocal
    [sms] un SMS
   *[email] un e-mail
} : réduisez-le à { $limit } mots au plus, en un ou deux courts paragraphes.
problem-oversharing = Laissez de côté les détails médicaux, familiaux et émotionnels : une phrase simple suffit.
problem-blame = Évitez toute critique de l’entreprise : vous pourriez recroiser ces personnes.
problem-vague = Soyez net : dites ce que vous faites, sans « peut-être » ni « je ne suis pas sûr ».
problem-drama = Gardez un ton posé : pas de points d’exclamation ni de mots en majuscules.
problem-late_email = Moins de 24 heures avant l’entretien : appelez-les d’abord, puis envoyez cet e-mail après l’appel pour en garder une trace.
problem-mismatch-date = Le message indique « { $said } », mais l’entretien a lieu le { $day } : corrigez la date.
problem-mismatch-weekday = « { $said } » n’a pas le bon jour de la semaine : le { $date } est un { $weekday }.
problem-mismatch-time = Le message indique « { $said } », mais l’entretien a lieu { $when } : corrigez l’heure.
problem-mismatch-position = Le message mentionne le poste « { $named } », mais l’entretien porte sur « { $position } » : corrigez-le.
problem-spelling = « { $word } » semble mal orthographié : vérifiez-en l’orthographe.
problem-spelling-suggestion = « { $word } » semble mal orthographié : vouliez-vous dire « { $best } » ?

## Remarques : ce que la vérification n’a pas pu faire

# $language est la langue du message (en, de, fr, es) ; $package, le paquet à installer.
check-note-no-dictionary = L’orthographe n’a pas été vérifiée : aucun dictionnaire { $language ->
    [de] allemand
    [fr] français
    [es] espagnol
   *[en] anglais
} n’a été trouvé sur cet ordinateur (sous Debian ou Ubuntu : installez { $package }).
