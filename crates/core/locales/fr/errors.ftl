# Ce que dit Raincheck quand il refuse une saisie ou ne peut pas faire quelque chose, en français.
# Chaque phrase dit ce qui ne va pas et comment y remédier.
# Les valeurs { $… } sont le texte de l’utilisateur, le chemin d’un fichier ou ce
# qu’a répondu un autre programme : elles restent telles quelles.
# Conventions : vouvoiement, apostrophe typographique (’), guillemets « »,
# espace insécable avant : ; ? ! et à l’intérieur des guillemets.
# Vocabulaire de core.ftl et page.ftl : journal, entretien, interlocuteur,
# sauvegarde, export, modèle, relance, Paramètres, Modifier.

## Le journal et ses fichiers

error-not-a-log = Le fichier { $path } n’est pas un journal Raincheck, ou il est endommagé ({ $detail }). Il n’a pas été modifié : mettez-le de côté ou restaurez une sauvegarde.
error-newer-log = Le journal { $path } a été créé par une version plus récente de Raincheck (version du journal : { $found } ; cette application lit jusqu’à la version { $supported }) : mettez l’application à jour. Le fichier n’a pas été modifié.
error-wrong-key = La clé conservée dans le trousseau du système n’ouvre pas le journal { $path }. Le fichier n’a pas été modifié : restaurez l’entrée « raincheck / log-key » du trousseau, ou mettez le fichier de côté et restaurez une sauvegarde.
error-keyring-locked = Le trousseau du système n’a pas répondu : { $detail }. Le journal { $path } est chiffré et sa clé est conservée dans ce trousseau : déverrouillez-le ou lancez-le (p. ex. GNOME Keyring ou KWallet), puis rouvrez Raincheck.
error-disk-full = Le disque est plein : rien n’a été enregistré. Libérez de l’espace, puis réessayez.
error-storage = Impossible de lire ou d’écrire le journal : { $detail }
# $doing est écrit en anglais par le programme (« writing the appearance (…) »).
error-internal = Une erreur interne s’est produite dans Raincheck pendant l’opération suivante : { $doing }. Rien de ce qui était déjà enregistré n’a été perdu. Réessayez ; si le problème se reproduit, redémarrez Raincheck et signalez-le.
# $action est un verbe anglais du programme (« read », « create the data folder »).
error-io = Impossible d’effectuer l’opération « { $action } » sur { $path } : { $detail }

## Les noms des champs, tels que les phrases ci-dessous les emploient
# Entre guillemets, après « Le champ » : pas d’accord à faire.

field-company = « entreprise »
field-position = « poste »
field-interviewer-name = « interlocuteur »
field-interviewer-email = « e-mail de l’interlocuteur »
field-interviewer-phone = « téléphone de l’interlocuteur »
field-place = « lieu ou lien »
field-stage = « étape »
field-notes = « notes »
field-reason = « raison »
field-message = « message »
field-message-subject = « objet du message »
field-subject = « objet »
field-reply = « réponse »
field-name = « nom »
field-email = « e-mail »
field-phone = « téléphone »
field-talking-point = « point clé »
field-job-description = « fiche de poste »
field-history-field = « nom du champ (historique) »
field-history-entry = « entrée de l’historique »
field-non-negotiable = « critère non négociable »

## Un champ qui ne peut pas être accepté tel quel

error-required = Le champ { $field } est obligatoire : remplissez-le.
error-line-break = Le champ { $field } doit tenir sur une seule ligne : il contient un retour à la ligne en position { $at }. Supprimez ce retour à la ligne.
error-direction-character = Le champ { $field } contient, en position { $at }, un caractère invisible de sens d’écriture ({ $code }) qui peut faire apparaître le texte autrement qu’il n’est écrit. Supprimez-le : retapez ce passage plutôt que de le coller.
error-control-character = Le champ { $field } contient, en position { $at }, un caractère de contrôle caché ({ $code }). Supprimez-le : retapez ce passage plutôt que de le coller.
error-too-long = Le champ { $field } compte { $chars } caractères, pour { $most } au maximum. Raccourcissez-le.
error-not-an-email = « { $value } », dans le champ { $field }, n’est pas une adresse e-mail : écrivez-la sous la forme name@example.com.
error-not-a-phone = « { $value } », dans le champ { $field }, n’est pas un numéro de téléphone : utilisez des chiffres, avec + pour l’indicatif du pays, p. ex. +49 30 1234567.
error-duration = Une durée de { $minutes } minutes est hors limites : indiquez entre 1 et { $most } minutes.
error-start-required = La date et l’heure de début, ainsi que le fuseau horaire, sont obligatoires : indiquez starts_at (p. ex. 2026-12-03T10:00) et tz (p. ex. Europe/Berlin).
error-too-many-points = Vous avez donné { $count } points clés, mais Raincheck n’en conserve que { $most } : gardez les trois qui comptent le plus.
error-ticked-and-unticked = « { $item } » est à la fois coché et décoché : indiquez-le une seule fois.
error-buffer = Une marge de { $minutes } minutes dépasse le maximum autorisé de { $most } : réduisez-la.
error-reply-empty = La réponse est vide : collez ou résumez ce qu’a dit l’employeur.
error-no-such-message = Le journal ne contient aucun message #{ $id }.
error-no-such-interview = Le journal ne contient aucun entretien #{ $id } : `raincheck log list` affiche les numéros.
error-no-answer-too-soon = Laissez-leur jusqu’au { $until } pour répondre à votre relance avant de marquer l’entretien « sans réponse ».
error-no-answer-without-follow-up = Seul un entretien dont la relance est restée sans réponse peut être marqué « sans réponse » : envoyez d’abord la relance, ou enregistrez leur réponse.
error-snooze-not-due = Aucun rappel de ce type n’est dû pour l’entretien #{ $id } en ce moment, il n’y a donc rien à reporter : seul un rappel déjà arrivé (et activé dans les Paramètres) peut être remis à plus tard.
error-zoom = La taille { $size } ne fait pas partie de celles que propose Raincheck : choisissez 100, 125, 150, 175 ou 200 %.
error-read-only-log = Rien n’a été enregistré : le dossier du journal (ou le fichier du journal) est en lecture seule. Vous pouvez toujours consulter et exporter vos entretiens. Rendez le dossier accessible en écriture, puis rouvrez Raincheck.
error-read-only-no-log = Le dossier { $folder } ne contient pas encore de journal, et il est en lecture seule : impossible d’en créer un. Rendez ce dossier accessible en écriture, ou choisissez-en un autre avec --data-dir.
error-read-only-update = Le format du journal { $path } doit être mis à jour pour que cette version de Raincheck puisse le lire, mais son dossier est en lecture seule. Rendez le dossier accessible en écriture, puis rouvrez Raincheck.
error-moved-aside-exists = Le fichier { $path } existe déjà (un journal vient d’être mis de côté) : attendez une seconde, puis réessayez.
error-busy-changing = Raincheck est occupé : une autre instance de Raincheck (la fenêtre ou une commande) restaure, chiffre ou met à jour le journal ; rien n’a donc été modifié. Attendez qu’elle ait terminé, ou quittez-la (« Quitter Raincheck » dans le menu de son icône, dans la zone de notification), puis réessayez. (Verrou : { $lock })
error-busy-open = Raincheck est occupé : une autre instance de Raincheck (la fenêtre ou une commande) a ouvert le journal ; rien n’a donc été modifié. Attendez qu’elle ait terminé, ou quittez-la (« Quitter Raincheck » dans le menu de son icône, dans la zone de notification), puis réessayez. (Verrou : { $lock })

## Sauvegardes et exports

error-backup-not-a-log = Le fichier { $path } n’est pas une sauvegarde Raincheck ({ $detail }) : choisissez un autre fichier de sauvegarde. Votre journal n’a pas été modifié.
error-backup-other-key = Le fichier { $path } a été créé avec une autre clé (sur un autre ordinateur, ou avant la réinitialisation du trousseau) : il ne peut donc pas être ouvert ici. Récupérez plutôt vos données à partir d’un export JSON, avec `raincheck import`. Votre journal n’a pas été modifié.
error-backup-newer = Le fichier { $path } a été créé par une version plus récente de Raincheck : mettez l’application à jour, puis restaurez la sauvegarde. Votre journal n’a pas été modifié.
error-backup-exists = Le fichier { $path } existe déjà : choisissez un autre nom pour la sauvegarde.
error-backup-over-log = La sauvegarde ne peut pas prendre la place du journal lui-même : choisissez un autre fichier.
# $message est une phrase entière de ce fichier ; $place est le rang de l’entretien dans le fichier.
error-in-file = Entretien en position { $place } dans le fichier (#{ $id }) : { $message }
error-not-an-export = Ce fichier n’est pas un export Raincheck : { $detail }. Créez-en un avec `raincheck export --format json`.
error-export-version = Ce fichier est un export « { $format } » en version { $version } ; cette version de Raincheck lit les exports « { $ours } » jusqu’à la version { $newest }.
error-export-same-number = Le fichier contient deux entretiens portant le numéro #{ $id } (le second est en position { $place } dans le fichier) : il n’a pas été créé par l’export de Raincheck, ou il a été modifié. Refaites l’export.
error-export-reminder-kind = Dans le fichier, un rappel lié à l’entretien #{ $id } est d’un type inconnu : le fichier n’a pas été créé par l’export de Raincheck, ou il a été modifié. Refaites l’export.
error-export-template-twice = Le fichier contient plusieurs versions du modèle { $name } : n’en gardez qu’une, puis relancez l’import.

## Heures et fuseaux horaires

error-zone-missing = Le fuseau horaire n’est pas indiqué : donnez un nom IANA, comme Europe/Berlin ou America/New_York.
error-zone-too-long = « { $start }… » est trop long pour être un fuseau horaire : utilisez un nom IANA, comme Europe/Berlin ou America/New_York.
error-zone-unknown = Fuseau horaire « { $name } » inconnu : utilisez un nom IANA. Vouliez-vous dire { $suggestions } ?
error-start-unreadable = La date de début « { $text } » n’est pas une date et une heure lisibles : écrivez-la sous la forme 2026-12-03T10:00 (heure locale dans le fuseau de l’entretien), ou avec le décalage horaire, comme 2026-12-03T10:00+01:00.
error-time-twice = L’heure { $time } existe deux fois le { $date } dans le fuseau { $zone }, car l’heure recule ce jour-là. Précisez le décalage horaire : { $first } pour la première, { $second } pour la seconde.
error-offset-not-the-zones = Le décalage horaire { $given } ne correspond pas au fuseau { $zone } le { $wall } : à ce moment-là, il y est de { $offset }. Corrigez le décalage ou le fuseau horaire.
error-time-skipped = L’heure { $time } n’existe pas le { $date } dans le fuseau { $zone } : ce jour-là, on passe directement de { $from } à { $to }. Choisissez une heure en dehors de ce saut.
error-not-a-weekday = « { $name } » n’est pas un jour de la semaine : utilisez mon, tue, wed, thu, fri, sat ou sun.
error-not-a-time-of-day = « { $text } » n’est pas une heure : écrivez-la sous la forme 09:00.

## Invitations d’agenda (.ics)

error-ics-too-big = Le fichier d’agenda dépasse { $kilobytes } Ko, bien plus qu’il n’en faut pour une invitation : exportez seulement l’événement concerné depuis votre agenda, puis importez-le.
error-ics-unreadable = Ce fichier n’est pas une invitation d’agenda (.ics) : { $detail }. Exportez de nouveau l’invitation depuis votre agenda.
# $what est l’un des quatre fragments ics-line-* ci-dessous, qui complètent la phrase.
error-ics-damaged = Le fichier d’agenda est endommagé : la ligne qui commence par « { $start } » { $what }. Exportez de nouveau l’invitation depuis votre agenda.
ics-line-no-part-name = n’indique pas quel élément elle ouvre ou ferme
ics-line-no-property-name = ne commence pas par un nom de propriété
ics-line-no-colon = n’a pas de deux-points avant sa valeur
ics-line-open-quote = contient une valeur entre guillemets qui ne se termine pas sur la même ligne
error-ics-too-deep = Le fichier d’agenda imbrique des éléments sur plus de { $most } niveaux (une invitation n’en demande que trois) : Raincheck ne peut pas le lire comme une invitation.
error-ics-too-many-events = Le fichier d’agenda contient plus de { $most } événements : importez l’invitation elle-même, ou une plus petite partie de l’agenda.
error-ics-no-event = Le fichier d’agenda ne contient aucun événement.

## Rédiger un message
# Les draft-field-* se placent avant « : » dans error-draft-too-long.

draft-field-your-name = Votre nom
draft-field-company = Nom de l’entreprise
draft-field-position = Poste
draft-field-place = Lieu ou lien
draft-field-their-subject = Objet de leur message
draft-field-moving-to = Lieu du déménagement
draft-field-moving-when = Date du déménagement
draft-field-new-role = Votre nouveau poste
draft-field-referral = Personne que vous recommandez
draft-field-interviewer = Nom de l’interlocuteur
draft-field-other = Ce détail
error-draft-too-long = { $field } : { $chars } caractères, pour { $most } au maximum. Raccourcissez ce texte.
error-draft-company-missing = Le nom de l’entreprise n’est pas indiqué : donnez le nom de l’employeur.
error-draft-position-missing = Le poste n’est pas indiqué : donnez l’intitulé du poste.
error-reason-too-long = La raison dépasse { $most } caractères : une courte phrase suffit.
error-reason-sentences = La raison compte plus d’une phrase : tenez-vous-en à une seule.
# $kinds, $kind, $channel et $channels sont les noms techniques (withdraw, email…).
error-draft-kind-missing = Le type de message à rédiger n’est pas indiqué : choisissez-en un parmi { $kinds }.
error-draft-channel-missing = Le mode d’envoi n’est pas indiqué : pour un message « { $kind } », choisissez parmi { $channels }.
error-draft-channel-wrong = Un message « { $kind } » n’existe pas en version { $channel } : choisissez parmi { $channels }.
error-draft-time-missing = Il manque la date et l’heure de l’entretien, que le message doit mentionner : ajoutez-les à l’entretien.
error-draft-too-many-slots = Il y a plus de trois créneaux : proposez-en deux ou trois.
error-draft-check-back-missing = Le jour où les recontacter n’est pas indiqué : donnez le jour où la pause prend fin (YYYY-MM-DD).
error-draft-too-late = Au-delà de { $most } minutes, ce n’est plus un simple retard : demandez plutôt un report.

## Modèles

# $language est le nom d’une langue écrit dans cette langue (« Deutsch ») : pas de « en { $language } ».
error-template-no-language = Ce message « { $kind } » n’existe pas encore dans cette langue ({ $language }) : rédigez-le dans une autre langue.
error-template-too-long = Le modèle { $name } produit un message de plus de { $kilobytes } Ko, il a donc été interrompu : raccourcissez-le, ou rétablissez l’original.
error-template-too-slow = Le modèle { $name } a mis plus de { $seconds } secondes à se remplir, il a donc été interrompu : simplifiez-le, ou rétablissez l’original.
error-template-stopped = Le modèle { $name } n’a pas pu être rempli (Tera s’y est arrêté) : simplifiez-le, ou rétablissez l’original.
error-template-not-unicode = Le modèle { $name } a produit un texte qui n’est pas de l’Unicode valide : rétablissez l’original.
error-template-unknown = Il n’existe aucun modèle modifiable nommé { $name }.
# $place est l’une des deux phrases ci-dessous.
error-template-syntax = Le modèle { $name } contient une erreur{ $place } : { $detail }. Corrigez-la, ou rétablissez l’original.
template-at-place = { " " }à la ligne { $line }, colonne { $column }
template-at-no-place = { "" }

## Ouvrir la messagerie, le téléphone ou la réunion

error-link-recipient = Le destinataire n’est pas une adresse e-mail unique : corrigez l’e-mail de l’interlocuteur avec Modifier, ou copiez le message et envoyez-le vous-même.
error-link-phone = Ce numéro de téléphone ne compte pas au moins 6 chiffres : corrigez-le avec Modifier, ou composez-le vous-même.
error-link-meeting = Le lieu ne contient aucun lien web à ouvrir : ajoutez le lien de la réunion (https://…) avec Modifier, ou ouvrez-le depuis l’invitation.

## Décider et relancer

error-wizard-interest = Dites si ce poste vous intéresse toujours.
error-wizard-situation = Dites ce qui vous en empêche, ou choisissez « Rien ».
error-wizard-non-negotiable = Ce critère ne figure plus dans votre liste : revenez en arrière et choisissez à nouveau.
error-non-negotiables-full = Vous avez déjà { $most } critères non négociables, le maximum possible : supprimez-en un avant d’en ajouter un autre.
error-non-negotiable-twice = « { $text } » figure déjà parmi vos critères non négociables.
error-non-negotiable-number = Il n’y a pas de critère numéro { $number } : { $count ->
    [0] vous n’en avez encore aucun.
    [one] vous n’avez que le numéro 1.
   *[other] choisissez un numéro entre 1 et { $count }.
}
error-suggestion-unknown = Il n’y a pas de suggestion « { $scenario } » à retenir ou à écarter : seules celles que le Bilan affiche en ce moment peuvent l’être.
error-check-back-passed = Le jour choisi pour les recontacter ({ $day }) est déjà arrivé : choisissez un jour après aujourd’hui pour la fin de la pause.
error-follow-up-days = Indiquez entre 1 et { $most } jours ouvrés d’attente avant une relance, et non { $days }.
error-export-folder-full = Le dossier { $folder } contient déjà mille fichiers nommés { $name } : déplacez-en quelques-uns ailleurs, puis réessayez.

## Le bureau autour de la fenêtre

error-desktop-zoom = La fenêtre n’a pas pu changer de taille ({ $detail }). Le zoom de votre bureau fonctionne toujours.
error-desktop-autostart-read = Impossible de lire la liste des applications lancées à l’ouverture de session ({ $detail }). Raincheck fonctionne quand même : lancez-le vous-même après avoir ouvert votre session.
error-desktop-autostart-change = Le bureau n’a pas permis à Raincheck de modifier son lancement à l’ouverture de session ({ $detail }). Réessayez, ou ajoutez-le dans les réglages de démarrage de votre bureau.

## La ligne de commande

error-insights-one-form = Choisissez un seul format : --csv pour un tableur, ou --json.
error-no-upcoming-to-export = Aucun entretien à venir à exporter.
error-invite-not-text = Le fichier { $path } ne contient pas de texte, alors qu’une invitation d’agenda (.ics) est un fichier texte. Exportez de nouveau l’invitation depuis votre agenda.

## L’état du journal, tel que les Paramètres et `raincheck status` le décrivent

encryption-on = Chiffré avec SQLCipher ; la clé est dans le trousseau du système (raincheck / log-key).
encryption-plain = Non chiffré.
encryption-later = Pas encore chiffré : une autre instance de Raincheck a le journal ouvert ; il sera chiffré la prochaine fois que Raincheck l’ouvrira seul.
encryption-read-only = Non chiffré : le dossier du journal est en lecture seule, il ne peut donc pas être chiffré maintenant. Raincheck le chiffrera dès que le dossier sera accessible en écriture et qu’un trousseau répondra.
encryption-no-keyring = Non chiffré : le trousseau du système n’a pas répondu ({ $detail }). Raincheck continue de fonctionner et chiffrera le journal dès qu’un trousseau sera disponible.
read-only-reason = Rien ne peut être enregistré : le dossier du journal { $folder } (ou le fichier du journal) est en lecture seule. Vos entretiens restent lisibles et exportables. Rendez le dossier accessible en écriture, puis rouvrez Raincheck.

## Ce que la fenêtre transmet elle-même

error-backup-not-a-file = La sauvegarde n’est pas arrivée sous forme de fichier : choisissez de nouveau le fichier de sauvegarde.
error-link-no-app = Aucune application de cet ordinateur n’a pris en charge le lien ({ $detail }) : copiez le texte et envoyez-le vous-même, ou ouvrez le lien de la réunion depuis son invitation.
error-new-time-passed = Le nouvel horaire « { $when } » est déjà passé : vérifiez la date, et que l’heure est bien celle du fuseau horaire de l’entretien.

## Le dossier du flux d’agenda

error-feed-folder-empty = Indiquez un dossier pour le flux d’agenda, de préférence un dossier que l’agenda de votre téléphone synchronise.
error-feed-folder-missing = Le dossier { $path } n’existe pas (ou plus) : choisissez un dossier existant, ou créez-le d’abord.
error-feed-folder-not-a-folder = { $path } est un fichier, pas un dossier : choisissez le dossier où placer le flux d’agenda.
error-feed-folder-read-only = Raincheck n’a pas le droit d’écrire dans { $path } : choisissez un dossier où vous pouvez écrire, ou modifiez ses autorisations.
error-feed-folder-unusable = Impossible d’écrire le flux d’agenda dans { $path } ({ $detail }) : choisissez un autre dossier.
