# Lo que dice la página de la ventana, en español (neutro, tuteando). La
# página da formato a estos textos con la biblioteca JavaScript de Fluent
# (ui/words.js). Las claves usadas en ui/index.html como atributos data-t
# conservan allí también el texto inglés; las pruebas del catálogo comparan
# ambos.
# «Their time» se traduce como «hora de la empresa», para no confundirla con
# «tu hora».

## La página al abrirse

views = Vistas
keyboard-shortcuts = Atajos de teclado
next-up = Próxima entrevista
show = Mostrar
search-company-person-place-notes = Buscar: empresa, persona, lugar, notas…  ( / )
interviews = Entrevistas
leave-empty-to-give-none = déjalo vacío para no dar ninguno
first-new-time = Primer horario nuevo
second-new-time = Segundo horario nuevo
third-new-time = Tercer horario nuevo
to-reply-in-their-thread = para responder en su mismo hilo
e-g-data-analyst-at-globex = p. ej., Analista de datos en Globex
e-g-lisbon = p. ej., Lisboa
e-g-in-march = p. ej., en marzo
e-g-the-final-round = p. ej., la fase final
e-g-harbour-talent = p. ej., Harbour Talent
the-systems = la del sistema
e-g-first-round = p. ej., primera fase
skip-to-content = Saltar al contenido
draft = Redactar
settings = Ajustes
move-the-file-aside-and-start = Apartar el archivo y empezar un registro nuevo
restore-a-backup = Restaurar una copia de seguridad…
import-an-invite-ics = Importar una invitación (.ics)…
add-interview = Añadir entrevista
reminders = Recordatorios
what-is-your-name = ¿Cómo te llamas?
every-message-raincheck-drafts-is-signed = Raincheck firma con él cada mensaje que redacta. Puedes cambiarlo, y añadir tu correo y tu teléfono, en Ajustes.
your-name = Tu nombre
save = Guardar
not-now = Ahora no
all = Todas
upcoming = Próximas
undecided = Sin decidir
past = Pasadas
filter-no-answer = Sin respuesta
search-interviews = Buscar entrevistas
# Teclas como las rotulan los teclados en español (Av Pág, Fin).
arrow-keys-move-between-interviews-page = Con las flechas pasas de una entrevista a otra; con Av Pág y Fin llegas al resto de la lista.
show-more = Mostrar más
no-interviews-yet = Aún no hay entrevistas
add-the-interview-you-are-unsure = Añade la entrevista sobre la que tienes dudas. Raincheck te ayudará a decidir, te dirá si llamar o escribir y te avisará antes de que se acabe el tiempo.
nothing-here = No hay nada aquí
no-interview-matches-this-filter-choose = Ninguna entrevista coincide con este filtro. Elige «Todas» para verlas todas.
all-interviews = ← Todas las entrevistas
decide = Decidir
nothing-to-draft-yet = Aún no hay nada que redactar
# «Redactar un mensaje» es el botón detail-draft.
open-an-interview-and-decide-what = Abre una entrevista y decide qué hacer; después, «Redactar un mensaje» te traerá aquí con el tipo de mensaje adecuado.
go-to-your-interviews = Ir a tus entrevistas
who-is-writing = ¿Quién escribe?
your-e-mail = Tu correo electrónico
your-phone = Tu teléfono
save-to-your-profile = Guardar en tu perfil
you-have-edited-the-message-and = Has editado el mensaje y, desde entonces, han cambiado las opciones.
use-the-new-draft = Usar el nuevo borrador
keep-my-text = Mantener mi texto
message = Mensaje
send-by = Enviar por
written-in = Escrito en
reason-one-sentence-optional = Motivo, en una frase (opcional)
# Le sigue draft-their-time: «Nuevos horarios que proponer, hora de la empresa (Europe/Berlin)».
new-times-to-offer = Nuevos horarios que proponer,
suggest-free-times = Sugerir horarios libres
leave-all-empty-to-ask-them = Déjalos todos vacíos para pedir que propongan ellos los horarios.
check-back-on = Volver a contactar el
i-still-want-this-role-ask = Me sigue interesando el puesto (pedir otra fecha)
subject-of-their-message-optional = Asunto de su mensaje (opcional)
your-new-role-optional = Tu nuevo puesto (opcional)
moving-to-optional = Adónde te trasladas (opcional)
moving-when-optional = Cuándo te trasladas (opcional)
how-late-in-minutes = Cuánto retraso, en minutos
the-new-time-they-offered-their = La nueva hora que te proponen (hora de la empresa)
the-round-you-withdraw-from-optional = La fase de la que te retiras (opcional)
the-recruiters-agency = Agencia de selección
the-recruiters-name = Tu contacto en la agencia
days-since-your-last-message = Días desde tu último mensaje
recommend-someone-instead-optional = Recomendar a otra persona (opcional)
leave-the-door-open = Dejar la puerta abierta
offer-to-keep-in-touch-on = Ofrecer seguir en contacto por LinkedIn
greet-them-by-first-name = Saludar por el nombre de pila
edit-this-template = Editar esta plantilla…
subject = Asunto
the-message = El mensaje
copy = Copiar
open-in-mail-app = Abrir en la app de correo
call = Llamar
mark-as-sent = Marcar como enviado
checklist = Comprobaciones
you = Tus datos
messages-sign-off-with-these-details = Los mensajes se firman con estos datos.
name = Nombre
e-mail = Correo electrónico
phone = Teléfono
home-time-zone = Tu zona horaria
buffer-between-interviews-minutes = Margen entre entrevistas (minutos)
messages-written-in = Idioma de los mensajes
# «Entrevistas desde [09:00] hasta [17:00] los días [lun, mar…]».
interviews-from = Entrevistas desde
until = hasta
on = los días
mon = Lun
tue = Mar
wed = Mié
thu = Jue
fri = Vie
sat = Sáb
sun = Dom
save-profile = Guardar perfil
# Encabezado de las opciones reminder-* de core.ftl.
remind-me = Avísame
start-raincheck-when-i-log-in = Abrir Raincheck al iniciar sesión (en segundo plano, para que los recordatorios lleguen aunque la ventana esté cerrada)
your-log = Tu registro
encryption = Cifrado
log-file = Archivo del registro
saving = Guardado
export-json = Exportar (JSON)
export-for-spreadsheets-csv = Exportar para hojas de cálculo (CSV)
back-up = Hacer una copia de seguridad
import-an-export = Importar una exportación…
exports-and-backups-go-to-your = Las exportaciones y las copias de seguridad se guardan en tu carpeta Documentos.
appearance = Apariencia
colours = Colores
size = Tamaño
ctrl-and-ctrl-change-the-size = Ctrl + y Ctrl − cambian el tamaño desde cualquier parte; Ctrl 0 lo restablece.
about-this-app = Acerca de esta aplicación
version = Versión
data-folder = Carpeta de datos
add-an-interview = Añadir una entrevista
company = Empresa
position = Puesto
date-and-time-their-time = Fecha y hora (hora de la empresa)
their-time-zone = Zona horaria de la empresa
duration-minutes = Duración (minutos)
how-youve-been-in-touch = Vía de contacto
interviewer = Quién te entrevista
interviewers-e-mail = Correo de quien te entrevista
interviewers-phone = Teléfono de quien te entrevista
place-or-link = Lugar o enlace
stage = Fase
notes = Notas
cancel = Cancelar
edit-template = Editar plantilla
your-version-is-kept-in-your = Tu versión se guarda en tu registro. Variables:
template = Plantilla
preview = Vista previa
reset-to-default = Restablecer la original
close = Cerrar
save-template = Guardar plantilla
which-event-is-the-interview = ¿Cuál de estos eventos es la entrevista?
what-did-they-reply = ¿Qué te han respondido?
their-answer-pasted-or-in-a = Su respuesta, pegada o en pocas palabras
save-the-reply = Guardar la respuesta
keep-it = Conservarla
delete = Eliminar
decide-about-the-interview-shown = Decidir sobre la entrevista abierta
search-the-interviews = Buscar en las entrevistas
move-through-the-list-the-rest = Moverte por la lista (el resto se carga sobre la marcha)
interviews-draft-insights-settings = Entrevistas, Redactar, Estadísticas, Ajustes
larger-smaller-back-to-normal-size = Más grande, más pequeño, tamaño normal
this-list = Esta lista
close-a-dialog = Cerrar un cuadro de diálogo
window-language = Idioma de la ventana
follow-up-after = Proponer un seguimiento tras este número de días laborables sin respuesta
settings-follow-up-saved = Ajustes de seguimiento guardados.
calendar-feed = Feed del calendario
calendar-feed-explained = Guarda un archivo de calendario en una carpeta que sincronice el calendario de tu móvil: el «decidir antes de» de cada entrevista pendiente aparece allí como un evento con alarma, así tu móvil te lo recuerda aunque este ordenador esté apagado.
feed-folder = Carpeta
feed-folder-placeholder = una carpeta que sincronice el calendario de tu móvil
keep-the-feed-here = Guardar el feed aquí
feed-file = Archivo
feed-last-written = Última escritura
feed-events = Eventos
turn-the-feed-off = Desactivar el feed
settings-feed-events = { $count ->
    [0] Ninguno: no hay entrevistas pendientes
   *[other] { $count }
}
settings-feed-saved = El feed del calendario se guarda en { $path }.
settings-feed-off = El feed del calendario está desactivado y su archivo, eliminado.
insights = Estadísticas
export-the-figures = Exportar las cifras (CSV)
nothing-to-count-yet = Aún no hay nada que contar
insights-empty = Cuando haya entrevistas en el registro, aquí verás qué fue de ellas, por qué te retiraste y cómo respondieron las empresas.
what-became-of-them = Qué fue de ellas
why-you-stepped-back = Por qué te retiraste
no-reason-recorded-yet = Aún no hay ningún motivo anotado: el asistente guarda el que elijas.
notice-and-replies = Antelación y respuestas
non-negotiables-to-consider = Imprescindibles que tener en cuenta
no-suggestion-yet = Cuando el mismo motivo se repita, aquí aparecerá algo imprescindible que buscar la próxima vez.
your-non-negotiables = Tus imprescindibles
non-negotiables-intro = Lo que un puesto tiene que ofrecerte, con tus propias palabras. Cuando decidas sobre una entrevista, el asistente te preguntará si el puesto choca con alguno.
non-negotiables-none = Ninguno todavía: añade los tuyos, o guarda uno de los que sugiere Estadísticas.
a-non-negotiable = Un imprescindible
add-non-negotiable = Añadir

## El marco de la aplicación

error-no-backend = La ventana de Raincheck no está conectada a la aplicación.
error-no-answer = Raincheck no ha respondido a tiempo. Vuelve a intentarlo; si sigue pasando, reinicia Raincheck.
log-moved-aside = El archivo que no se podía leer está ahora en { $path }. Se ha empezado un registro nuevo y vacío; importa una copia de seguridad o una exportación desde Ajustes.
backup-restored-kept = Copia de seguridad restaurada. El registro anterior se conserva en { $path }.
backup-restored = Copia de seguridad restaurada.

## El asistente y la vista Redactar

wizard-progress = Pregunta { $step } de { $steps }
wizard-back = Atrás
wizard-see-advice = Ver qué hacer
wizard-next = Siguiente
wizard-advice = Qué hacer
wizard-how-to-tell = Cómo decírselo
wizard-check-back-on = Volver a contactar con la empresa el
wizard-reason = Tu motivo, en pocas palabras (es solo para ti, no se envía)
# $language es el nombre del idioma en ese idioma («Deutsch», «Français»).
draft-title = Borrador: { $company }
draft-language-guess = Allí las empresas suelen escribir en { $language }.
draft-write-in = Escribir en { $language }
draft-optional = opcional
draft-their-time = hora de la empresa ({ $zone })
draft-replaced = Sustituido por el nuevo borrador.
undo = Deshacer
draft-saved-to-profile = Guardado en tu perfil.
draft-not-checked = Sin comprobar: { $why }
draft-ready = Listo para enviar.
draft-not-ready = Aún no está listo: revisa lo marcado.
draft-copied = Copiado.
draft-no-phone = Esta entrevista no tiene número de teléfono: añádelo con Editar.
draft-recorded-sent = Anotado como enviado.
draft-free-in-both = Libre en ambos calendarios: { $times }.
template-saved = Plantilla guardada.

## La página de una entrevista

detail-decide-again = Volver a decidir…
detail-decide = Decidir…
detail-draft = Redactar un mensaje
detail-edit = Editar
detail-add-to-calendar = Añadir al calendario (.ics)
detail-delete = Eliminar…
detail-details = Detalles
detail-messages = Mensajes
detail-no-message = Aún no hay ningún mensaje anotado.
detail-their-reply = Su respuesta: { $reply }
detail-they-replied = Han respondido…
detail-history = Historial
prep-done = Hecho: { $done } de { $of }
prep-ticked = { $item }: marcado.
prep-not-ticked = { $item }: sin marcar.
prep-point = Punto clave { $n }
prep-point-1-hint = Algo que hayas hecho y que encaje con este puesto
prep-point-2-hint = Una pregunta para hacerles
prep-point-3-hint = Por qué esta empresa
prep-points-saved = Puntos clave guardados.
prep-job-description = La descripción del puesto: un enlace o el texto
prep-job-description-hint = Pega el enlace a la oferta, o su texto
prep-job-description-saved = Descripción del puesto guardada.
prep-title = Antes de la entrevista
prep-both-times = Hora de la empresa: { $theirs } ({ $zone }) · tu hora: { $yours }
prep-open-link = Abrir el enlace de la reunión
prep-place = Lugar: { $place }
prep-no-place = No hay ningún lugar ni enlace anotado: añádelo con Editar.
ics-saved = Guardado en { $path }: ábrelo para añadir la entrevista a tu calendario.
reply-recorded = Su respuesta ha quedado anotada.
reply-new-time-optional = Si han propuesto otra hora: cuál, en su hora local
reply-new-time-hint = La entrevista pasa a esa hora; el historial conserva la anterior.
reply-new-time-recorded = Su respuesta ha quedado anotada y la entrevista tiene ya la nueva hora.
detail-update-calendar = Actualizar el calendario (.ics)
detail-reminders = Recordatorios
detail-remind-me-again = Recordármelo de nuevo:
silence-mark = Marcar «sin respuesta»
silence-marked = Marcada como «sin respuesta»: no respondieron tras tu seguimiento.
silence-unmark = Quitar la marca
silence-marked-toast = Marcada como «sin respuesta».
silence-unmarked-toast = Se ha quitado la marca «sin respuesta».
delete-confirm = ¿Eliminar la entrevista con { $company } y todo lo anotado sobre ella? Podrás deshacerlo justo después.
deleted = Se ha eliminado { $company }.

## El formulario de la entrevista y la lista

form-edit-title = Editar entrevista
form-add-title = Añadir una entrevista
form-save-changes = Guardar cambios
form-add = Añadir entrevista
form-changes-saved = Cambios guardados.
form-added = Entrevista añadida.
first-run-name-missing = Escribe tu nombre o elige «Ahora no».
first-run-thanks = Gracias: tus mensajes irán firmados con tu nombre.
invite-no-time = sin hora
list-show-more = Mostrar { $more } más ({ $left } sin mostrar)
list-shown = { $total ->
    [one] 1 entrevista
   *[other] Mostrando { $shown } de { $total } entrevistas
  }
list-shown-matching = { $total ->
    [one] 1 entrevista coincide con «{ $search }»
   *[other] { $shown } de { $total } entrevistas coinciden con «{ $search }»
  }
next-up-decide = Decidir ahora
list-no-match = Ninguna entrevista coincide con «{ $search }». Prueba con menos palabras o más cortas.
list-no-match-filtered = Ninguna entrevista de esta vista coincide con «{ $search }». Prueba con menos palabras o más cortas, o elige «Todas».
list-no-match-filter = Ninguna entrevista coincide con este filtro. Elige «Todas» para verlas todas.
row-decide-about = Decidir sobre { $company }
row-decide = Decidir
row-their-time = hora de la empresa: { $time }
# El último momento para decidir y aun así avisarles con cortesía, en la hora del usuario.
decide-by = plazo para decidir: { $when }
decide-by-polite = Decide como muy tarde el { $when } para avisarles con tiempo, dentro de su horario laboral.
row-prep-title = Lista de preparación de la entrevista
row-prep = Preparado: { $done } de { $of }
row-clash = Se solapa

## Ajustes

settings-on = Activado
settings-off = Desactivado
settings-notifications-server = Los recordatorios aparecen como notificaciones del escritorio ({ $server }).
settings-notifications-checking = Comprobando las notificaciones del escritorio…
settings-reminders-saved = Ajustes de recordatorios guardados.
settings-start-at-login-on = Raincheck se abrirá al iniciar sesión.
settings-start-at-login-off = Raincheck no se abrirá al iniciar sesión.
settings-profile-saved = Perfil guardado.
settings-saved-to = Guardado en { $path }
settings-imported = { $count ->
    [one] Se ha importado 1 entrevista.
   *[other] Se han importado { $count } entrevistas.
  }
settings-language-saved = La ventana ya está en español. Los mensajes a las empresas siguen en el idioma elegido para ellos.

## Estadísticas

insights-summary = { $count ->
    [one] Una entrevista en el registro.
   *[other] { $count } entrevistas en el registro.
  }
insights-outcome = Resultado
insights-reason = Motivo
insights-count = Entrevistas
insights-by-month = Mes a mes
insights-month = Mes
insights-total = Total
insights-none-yet = Todavía nada
insights-notice = Antelación con la que avisaste
insights-notice-given = { $count ->
    [one] Una vez, { $hours } h antes del inicio
   *[other] { $count } veces, con una mediana de { $hours } h antes del inicio
  }{ $late ->
    [0] {""}
    [one] ; una vez con menos de 24 horas de margen
   *[other] ; { $late } veces con menos de 24 horas de margen
  }
insights-replies = Respuestas
insights-replies-rate = { $answered } de { $asked } mensajes que preguntaban algo ({ $percent } %)
insights-reply-time = Tiempo habitual hasta una respuesta
insights-hours = { $hours } h
insights-follow-ups = Seguimientos
insights-follow-ups-answered = { $sent ->
    [0] Ninguno enviado
    [one] 1 enviado, { $answered } con respuesta
   *[other] { $sent } enviados, { $answered } con respuesta
  }

## Imprescindibles (Ajustes, Estadísticas, la página de una entrevista)

non-negotiable-edit = Cambiar
non-negotiable-remove = Quitar
non-negotiable-edit-label = Reformular «{ $text }»
non-negotiable-remove-label = Quitar «{ $text }»
non-negotiable-added = Guardado: { $text }
non-negotiable-changed = Cambiado: { $text }
non-negotiable-removed = Quitado: { $text }
suggestion-keep = Guardarlo
suggestion-edit = Reformularlo antes
suggestion-dismiss = Descartar
suggestion-own-words = Con tus palabras
suggestion-dismissed = Descartada: no volverás a ver esta sugerencia.
detail-non-negotiables = Tus imprescindibles: { $list }.
detail-decide-with-them = Decidir teniéndolos en cuenta
