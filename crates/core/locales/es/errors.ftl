# Lo que dice Raincheck cuando rechaza algo o no puede hacerlo, en español
# (neutro, tuteando). Cada frase dice qué pasa y cómo arreglarlo.
# Los valores { $… } son el texto del propio usuario, la ruta de un archivo o
# lo que ha dicho otro programa: se dejan tal cual.
# Los nombres field-… se citan entre comillas («El campo «empresa»…») para
# que no haya que concordar artículo ni género.

## Problemas con el registro y sus archivos

error-not-a-log = El archivo { $path } no es un registro de Raincheck o está dañado ({ $detail }). No se ha tocado: apártalo o restaura una copia de seguridad.
error-newer-log = El registro de { $path } se creó con una versión más reciente de Raincheck (versión del registro: { $found }; esta aplicación lee hasta la { $supported }): actualiza la aplicación. No se ha tocado el archivo.
error-wrong-key = La clave guardada en el llavero del sistema no abre el registro de { $path }. No se ha tocado el archivo: restaura la entrada 'raincheck / log-key' del llavero, o aparta el archivo y restaura una copia de seguridad.
error-keyring-locked = El llavero del sistema no ha respondido: { $detail }. El registro de { $path } está cifrado y su clave se guarda ahí: desbloquea o inicia tu llavero (p. ej., GNOME Keyring o KWallet) y vuelve a abrir Raincheck.
error-disk-full = El disco está lleno, así que no se ha guardado nada. Libera algo de espacio y vuelve a intentarlo.
error-storage = No se ha podido leer o escribir el registro: { $detail }
error-internal = Algo ha fallado dentro de Raincheck ({ $doing }). No se ha perdido nada de lo que ya estaba guardado. Vuelve a intentarlo; si vuelve a pasar, reinicia Raincheck e informa del problema.
error-io = No se ha podido completar una operación con { $path } ({ $action }): { $detail }

## Los nombres de los campos, tal como los citan las frases de abajo («El campo «empresa»…»)

field-company = empresa
field-position = puesto
field-interviewer-name = nombre de quien te entrevista
field-interviewer-email = correo de quien te entrevista
field-interviewer-phone = teléfono de quien te entrevista
field-place = lugar o enlace
field-stage = fase
field-notes = notas
field-reason = motivo
field-message = mensaje
field-message-subject = asunto del mensaje
field-subject = asunto
field-reply = respuesta
field-name = nombre
field-email = correo electrónico
field-phone = teléfono
field-talking-point = punto clave
field-job-description = descripción del puesto
field-history-field = historial: campo modificado
field-history-entry = historial: valor
field-non-negotiable = imprescindible

## Un campo que no se puede aceptar tal como está

error-required = El campo «{ $field }» es obligatorio: rellénalo.
error-line-break = El campo «{ $field }» debe ocupar una sola línea, pero tiene un salto de línea en la posición { $at }. Quita el salto de línea.
error-direction-character = El campo «{ $field }» contiene un carácter invisible de dirección del texto ({ $code }) en la posición { $at }, que puede hacer que se vea distinto de lo que dice. Quítalo: vuelve a escribir esa parte en lugar de pegarla.
error-control-character = El campo «{ $field }» contiene un carácter de control oculto ({ $code }) en la posición { $at }. Quítalo: vuelve a escribir esa parte en lugar de pegarla.
error-too-long = El campo «{ $field }» tiene { $chars } caracteres y el máximo es { $most }. Acórtalo.
error-not-an-email = El campo «{ $field }» contiene «{ $value }», que no es una dirección de correo: escríbela con el formato name@example.com.
error-not-a-phone = El campo «{ $field }» contiene «{ $value }», que no es un número de teléfono: usa cifras, con + delante del prefijo del país, p. ej., +49 30 1234567.
error-duration = Una duración de { $minutes } minutos no es válida: indica entre 1 y { $most } minutos.
error-start-required = La fecha y hora de inicio y su zona horaria son obligatorias: indica starts_at (p. ej., 2026-12-03T10:00) y tz (p. ej., Europe/Berlin).
error-too-many-points = Has puesto { $count } puntos clave y solo se guardan { $most }: quédate con los tres que más importan.
error-ticked-and-unticked = «{ $item }» aparece a la vez como marcado y sin marcar: indícalo solo una vez.
error-buffer = Un margen de { $minutes } minutos supera el máximo de { $most }: indica menos minutos.
error-reply-empty = La respuesta está vacía: pega o resume lo que te ha dicho la empresa.
error-no-such-message = No hay ningún mensaje #{ $id } en el registro.
error-no-such-interview = No hay ninguna entrevista #{ $id } en el registro: `raincheck log list` muestra el número de cada una.
error-no-answer-too-soon = Dales hasta el { $until } para responder a tu seguimiento antes de marcar «sin respuesta».
error-no-answer-without-follow-up = Solo se puede marcar como «sin respuesta» una entrevista cuyo seguimiento no haya tenido respuesta: envía antes el seguimiento o anota su respuesta.
error-snooze-not-due = La entrevista #{ $id } no tiene ahora ningún recordatorio de ese tipo, así que no hay nada que posponer: solo puedes posponer un recordatorio que ya haya llegado (y esté activado en Ajustes).
error-zoom = El tamaño { $size } no es uno de los que ofrece Raincheck: elige 100, 125, 150, 175 o 200 %.
error-read-only-log = No se ha guardado nada: la carpeta del registro (o el propio archivo) es de solo lectura. Puedes seguir consultando y exportando tus entrevistas. Da permiso de escritura a la carpeta y vuelve a abrir Raincheck.
error-read-only-no-log = Aún no hay ningún registro en { $folder } y esa carpeta es de solo lectura, así que no se puede crear uno. Da permiso de escritura a la carpeta o elige otra con --data-dir.
error-read-only-update = El registro de { $path } necesita actualizar su formato para que esta versión de Raincheck pueda leerlo, pero su carpeta es de solo lectura. Da permiso de escritura a la carpeta y vuelve a abrir Raincheck.
error-moved-aside-exists = { $path } ya existe (hace un momento se apartó un registro): espera un segundo y vuelve a intentarlo.
error-busy-changing = Raincheck está ocupado: otro Raincheck abierto (la ventana o un comando) está restaurando, cifrando o actualizando el registro, así que no se ha cambiado nada. Espera a que termine o cierra ese otro Raincheck («Salir de Raincheck» en el menú de la bandeja) y vuelve a intentarlo. (Bloqueo: { $lock })
error-busy-open = Raincheck está ocupado: otro Raincheck abierto (la ventana o un comando) está usando el registro, así que no se ha cambiado nada. Espera a que termine o cierra ese otro Raincheck («Salir de Raincheck» en el menú de la bandeja) y vuelve a intentarlo. (Bloqueo: { $lock })

## Copias de seguridad y exportaciones

error-backup-not-a-log = { $path } no es una copia de seguridad de Raincheck ({ $detail }): elige otro archivo de copia. Tu registro no ha cambiado.
error-backup-other-key = { $path } se hizo con otra clave (en otro equipo, o antes de que se restableciera el llavero), así que aquí no se puede abrir: recupera tus datos desde una exportación JSON con `raincheck import`. Tu registro no ha cambiado.
error-backup-newer = { $path } se hizo con una versión más reciente de Raincheck: actualiza la aplicación y restaura después la copia. Tu registro no ha cambiado.
error-backup-exists = { $path } ya existe: elige otro nombre de archivo para la copia de seguridad.
error-backup-over-log = Una copia de seguridad no puede ocupar el lugar del propio registro: elige otro archivo.
error-in-file = Entrevista { $place } del archivo (#{ $id }): { $message }
error-not-an-export = El archivo no es una exportación de Raincheck: { $detail }. Crea una con `raincheck export --format json`.
error-export-version = El archivo es una exportación «{ $format }» de la versión { $version }; esta versión de Raincheck lee «{ $ours }» hasta la versión { $newest }.
error-export-same-number = El archivo tiene dos entrevistas con el número #{ $id } (la segunda es la entrevista { $place } del archivo): no se creó con la exportación de Raincheck, o se editó después. Vuelve a exportarlo.
error-export-reminder-kind = Un recordatorio de la entrevista #{ $id } del archivo es de un tipo desconocido: el archivo no se creó con la exportación de Raincheck, o se editó después. Vuelve a exportarlo.
error-export-template-twice = El archivo tiene más de una versión de la plantilla { $name }: deja solo una y vuelve a importarlo.

## Horas y zonas horarias

error-zone-missing = Falta la zona horaria: indica un nombre IANA, como Europe/Berlin o America/New_York.
error-zone-too-long = «{ $start }…» es demasiado largo para ser una zona horaria: usa un nombre IANA, como Europe/Berlin o America/New_York.
error-zone-unknown = No se reconoce la zona horaria «{ $name }»: usa un nombre IANA. ¿Querías decir { $suggestions }?
error-start-unreadable = El inicio «{ $text }» no es una fecha y hora: escríbelo como 2026-12-03T10:00 (hora local de la zona de la entrevista) o con la diferencia respecto a UTC: 2026-12-03T10:00+01:00.
error-time-twice = La hora { $time } se repite el { $date } en { $zone }, porque ese día se atrasan los relojes: añade la diferencia respecto a UTC, { $first } para la primera vez o { $second } para la segunda.
error-offset-not-the-zones = La diferencia respecto a UTC { $given } no es la de { $zone } el { $wall }: allí es { $offset }. Corrige la diferencia o la zona horaria.
error-time-skipped = La hora { $time } no existe en { $zone } el { $date }: los relojes saltan de { $from } a { $to }. Elige una hora fuera de ese salto.
error-not-a-weekday = «{ $name }» no es un día de la semana: usa mon, tue, wed, thu, fri, sat o sun (de lunes a domingo, abreviados en inglés).
error-not-a-time-of-day = «{ $text }» no es una hora del día: escríbela como 09:00.

## Invitaciones de calendario (.ics)

error-ics-too-big = El archivo de calendario ocupa más de { $kilobytes } KB, mucho más de lo que necesita una invitación: exporta desde tu calendario solo ese evento e impórtalo.
error-ics-unreadable = El archivo no es una invitación de calendario (.ics): { $detail }. Vuelve a exportar la invitación desde tu calendario.
# $what es una de las cuatro frases ics-line-… de abajo:
# «la línea que empieza por «DTSTART» no tiene dos puntos antes de su valor».
error-ics-damaged = El archivo de calendario está dañado: la línea que empieza por «{ $start }» { $what }. Vuelve a exportar la invitación desde tu calendario.
ics-line-no-part-name = no da el nombre de ninguna parte
ics-line-no-property-name = no empieza por el nombre de una propiedad
ics-line-no-colon = no tiene dos puntos antes de su valor
ics-line-open-quote = tiene un valor entre comillas que no se cierra en esa misma línea
error-ics-too-deep = El archivo de calendario anida partes unas dentro de otras a más de { $most } niveles (una invitación necesita tres): no es una invitación que Raincheck pueda leer.
error-ics-too-many-events = El archivo de calendario tiene más de { $most } eventos: importa solo la invitación, o una parte más pequeña del calendario.
error-ics-no-event = El archivo de calendario no contiene ningún evento.

## Redactar un mensaje

# Empiezan la frase de error-draft-too-long: «El puesto tiene 300 caracteres…».
draft-field-your-name = Tu nombre
draft-field-company = El nombre de la empresa
draft-field-position = El puesto
draft-field-place = El lugar o enlace
draft-field-their-subject = El asunto de su mensaje
draft-field-moving-to = El lugar al que te trasladas
draft-field-moving-when = La fecha de tu traslado
draft-field-new-role = Tu nuevo puesto
draft-field-referral = El nombre de la persona que recomiendas
draft-field-interviewer = El nombre de quien te entrevista
draft-field-other = Este dato
error-draft-too-long = { $field } tiene { $chars } caracteres y el máximo es { $most }: acorta el texto.
error-draft-company-missing = Falta el nombre de la empresa: escribe cómo se llama la empresa que te entrevista.
error-draft-position-missing = Falta el puesto: escribe el nombre del puesto.
error-reason-too-long = El motivo tiene más de { $most } caracteres: basta con una frase breve.
error-reason-sentences = El motivo tiene más de una frase: déjalo en una sola.
error-draft-kind-missing = Falta elegir qué mensaje quieres redactar: elige uno de estos: { $kinds }.
error-draft-channel-missing = Falta elegir cómo enviarlo: un mensaje «{ $kind }» se puede enviar por { $channels }.
error-draft-channel-wrong = Un mensaje «{ $kind }» no tiene versión «{ $channel }»: se puede enviar por { $channels }.
error-draft-time-missing = Faltan la fecha y la hora de la entrevista, y el mensaje tiene que mencionarlas: añádelas a la entrevista.
error-draft-too-many-slots = Hay más de tres horarios: propón dos o tres.
error-draft-check-back-missing = Falta el día para volver a contactar: indica el día en que termina la pausa (YYYY-MM-DD).
error-draft-too-late = Más de { $most } minutos ya no es llegar tarde: pide mejor otra fecha.

## Plantillas

error-template-no-language = Aún no hay ninguna versión de este mensaje («{ $kind }») en ese idioma ({ $language }): redáctalo en otro idioma.
error-template-too-long = La plantilla { $name } genera un mensaje de más de { $kilobytes } KB, así que se ha detenido: acórtala o restablece la original.
error-template-too-slow = La plantilla { $name } ha tardado más de { $seconds } segundos en rellenarse, así que se ha detenido: simplifícala o restablece la original.
error-template-stopped = No se ha podido rellenar la plantilla { $name } (Tera se detuvo en ella): simplifícala o restablece la original.
error-template-not-unicode = La plantilla { $name } ha generado texto que no es Unicode válido: restablece la original.
error-template-unknown = No hay ninguna plantilla editable que se llame { $name }.
# $place es una de las dos frases de abajo.
error-template-syntax = La plantilla { $name } tiene un error{ $place }: { $detail }. Corrígelo o restablece la original.
template-at-place = { " " }en la línea { $line }, columna { $column }
template-at-no-place = { "" }

## Abrir el programa de correo, el teléfono o la reunión

error-link-recipient = El destinatario no es una sola dirección de correo: corrige el correo de quien te entrevista con Editar, o copia el mensaje y envíalo tú.
error-link-phone = Eso no es un número de teléfono de al menos 6 cifras: corrígelo con Editar o márcalo tú.
error-link-meeting = El lugar no tiene ningún enlace web que abrir: añade el enlace de la reunión (https://…) con Editar, o ábrelo desde la invitación.

## Decidir y hacer el seguimiento

error-wizard-interest = Indica si te sigue interesando este puesto.
error-wizard-situation = Indica qué te lo impide, o elige «Nada».
error-wizard-non-negotiable = Ese imprescindible ya no está en tu lista: vuelve atrás y elige de nuevo.
error-non-negotiables-full = Ya tienes { $most } imprescindibles, el máximo posible: quita uno antes de añadir otro.
error-non-negotiable-twice = «{ $text }» ya está entre tus imprescindibles.
error-non-negotiable-number = No hay ningún imprescindible con el número { $number }: { $count ->
    [0] todavía no tienes ninguno.
    [one] solo tienes el número 1.
   *[other] elige un número del 1 al { $count }.
}
error-suggestion-unknown = No hay ninguna sugerencia «{ $scenario }» que aceptar o descartar: solo se pueden responder las que muestra ahora Estadísticas.
error-check-back-passed = El día para volver a contactar ({ $day }) ya ha llegado: elige un día posterior a hoy para que termine la pausa.
error-follow-up-days = Indica entre 1 y { $most } días laborables de espera para una respuesta, no { $days }.
error-export-folder-full = En { $folder } ya hay mil archivos llamados { $name }: mueve algunos a otro sitio y vuelve a intentarlo.

## El escritorio alrededor de la ventana

error-desktop-zoom = La ventana no ha podido cambiar de tamaño ({ $detail }). El zoom de tu escritorio sigue funcionando.
error-desktop-autostart-read = No se ha podido leer la lista de aplicaciones que el escritorio abre al iniciar sesión ({ $detail }). Raincheck sigue funcionando; ábrelo tú después de iniciar sesión.
error-desktop-autostart-change = El escritorio no ha dejado que Raincheck cambie si se abre al iniciar sesión ({ $detail }). Vuelve a intentarlo o añádelo tú en los ajustes de inicio de tu escritorio.

## La línea de comandos

error-insights-one-form = Elige un solo formato: --csv para una hoja de cálculo, o --json.
error-no-upcoming-to-export = No hay ninguna entrevista próxima que exportar.
error-invite-not-text = { $path } no es un archivo de texto, y una invitación de calendario (.ics) sí lo es. Vuelve a exportarla desde tu calendario.

## El estado del registro, tal como lo describen Ajustes y `raincheck status`

encryption-on = Cifrado con SQLCipher; la clave está en el llavero del sistema (raincheck / log-key).
encryption-plain = Sin cifrar.
encryption-later = Aún sin cifrar: otra instancia de Raincheck tiene abierto el registro; se cifrará la próxima vez que Raincheck lo abra por su cuenta.
encryption-read-only = Sin cifrar: la carpeta del registro es de solo lectura, así que ahora no se puede cifrar. Raincheck lo cifrará en cuanto se pueda escribir en la carpeta y responda un llavero.
encryption-no-keyring = Sin cifrar: el llavero del sistema no respondió ({ $detail }). Raincheck sigue funcionando y cifrará el registro en cuanto haya un llavero disponible.
read-only-reason = No se puede guardar nada: la carpeta del registro { $folder } (o el archivo del registro) es de solo lectura. Puedes seguir leyendo y exportando tus entrevistas. Haz que se pueda escribir en la carpeta y vuelve a abrir Raincheck.

## Lo que la ventana entrega por su cuenta

error-backup-not-a-file = La copia de seguridad no llegó como archivo: vuelve a elegir el archivo de la copia.
error-link-no-app = Ninguna aplicación de este ordenador abrió el enlace ({ $detail }): copia el texto y envíalo tú, o abre el enlace de la reunión desde su invitación.
error-new-time-passed = La nueva hora «{ $when }» ya ha pasado: revisa la fecha y que la hora sea la de la zona horaria de la entrevista.

## La carpeta del feed del calendario

error-feed-folder-empty = Indica una carpeta para el feed del calendario, a ser posible una que sincronice el calendario de tu móvil.
error-feed-folder-missing = La carpeta { $path } no existe (o ya no existe): elige una carpeta que exista, o créala primero.
error-feed-folder-not-a-folder = { $path } es un archivo, no una carpeta: elige la carpeta donde debe ir el feed del calendario.
error-feed-folder-read-only = Raincheck no puede escribir en { $path }: elige una carpeta en la que puedas escribir, o cambia sus permisos.
error-feed-folder-unusable = No se ha podido escribir el feed del calendario en { $path } ({ $detail }): elige otra carpeta.
