# Lo que escribe el núcleo en la ventana, en español (neutro, tuteando).
# Cada idioma tiene su propio archivo con las mismas claves, escrito de forma
# nativa; `crates/core/tests/catalogues.rs` falla si a uno le falta una clave
# que otro tiene.
# Vocabulario compartido con las plantillas de mensajes (templates/es/):
# entrevista, candidatura, retirar la candidatura, cambio de fecha, poner en
# pausa, puesto, oferta, proceso de selección.

## Fechas y tiempo restante

# El orden de las partes de un inicio, como strftime: «jue, 3 dic 2026, 10:00 CET».
# chrono pone los nombres abreviados de es_ES (jue, dic), sin punto.
date-start = %a, %-d %b %Y, %H:%M %Z
date-month = %b %Y
# $unit es minutes, hours o days. «h» y «min» son símbolos: no llevan punto ni plural.
countdown-ahead = dentro de { $unit ->
    [minutes] { $amount } min
    [hours] { $amount } h
   *[days] { $amount ->
        [one] { $amount } día
       *[other] { $amount } días
    }
  }
countdown-ago = hace { $unit ->
    [minutes] { $amount } min
    [hours] { $amount } h
   *[days] { $amount ->
        [one] { $amount } día
       *[other] { $amount } días
    }
  }

## Decisiones, como estado de una entrevista (en una etiqueta)

decision-undecided = Sin decidir
decision-attend = Asistiré
decision-withdraw = Me retiro
decision-reschedule = Pido otra fecha
decision-pause = En pausa

## Urgencia, en palabras junto a una fila

urgency-call_now = Menos de 24 h: llama
urgency-act_soon = Decide pronto
urgency-past = Ya pasó

## El consejo de la tarjeta «Próxima entrevista»

urgency-hint-call_now = Queda menos de un día y aún no has avisado: si no vas a ir, llama ahora en lugar de escribir un correo.
urgency-hint-act_soon = Sigues sin decidir. Si lo decides pronto, podrás avisar por correo y con tiempo de sobra.

## Cómo está en contacto la empresa

contact-email = Correo electrónico
contact-phone = Teléfono
contact-linkedin = LinkedIn
contact-platform = Plataforma de selección

## Formas del mensaje

channel-email = Correo electrónico
channel-phone = Guion de llamada
channel-voicemail = Buzón de voz
channel-linkedin = LinkedIn
channel-platform = Plataforma de selección
channel-sms = SMS

## Cómo se envía el mensaje, tras el titular del consejo
## («Retira tu candidatura, por teléfono»)

channel-by-phone = por teléfono
channel-by-email = por correo electrónico
channel-by-linkedin = por LinkedIn
channel-by-platform = por la plataforma de selección
channel-by-sms = por SMS

## Tipos de mensaje (los que el usuario puede enviar)

kind-withdraw = Retirar la candidatura
kind-withdraw_accepted_offer = Retirar la candidatura: otra oferta aceptada
kind-withdraw_not_a_fit = Retirar la candidatura: el puesto no encaja
kind-withdraw_relocation = Retirar la candidatura: traslado
kind-reschedule = Pedir otra fecha
kind-reschedule_illness = Pedir otra fecha: por enfermedad
kind-pause = Pedir que pongan la candidatura en pausa
kind-ask_remote = Preguntar por el teletrabajo
kind-no_show_apology = Pedir disculpas por no haber asistido
kind-clarify_after_overshare = Breve aclaración tras un mensaje largo
kind-reply_to_negative = Responder a una respuesta negativa
kind-thank_you_reply = Agradecer su respuesta
kind-new_role_note = Aviso tras empezar en un nuevo puesto
kind-decline_next_round = Retirar la candidatura antes de otra fase
kind-running_late = Hoy llego tarde
kind-unable_to_join = Hoy no puedo asistir: pedir otra hora
kind-confirm_new_time = Confirmar la nueva hora que proponen
kind-follow_up_no_reply = Seguimiento: aún sin respuesta
kind-resume_after_pause = Retomar el proceso tras una pausa
kind-decline_offer = Rechazar su oferta
kind-withdraw_after_offer = Retirar la candidatura tras una oferta
kind-withdraw_via_agency = Retirar la candidatura a través de la agencia

## El titular del consejo

action-withdraw = Retira tu candidatura
action-reschedule = Pide cambiar la fecha de la entrevista
action-pause = Pide que pongan tu candidatura en pausa
action-attend = Acude a la entrevista
action-reflect = Tómate un poco de tiempo para decidir
action-ask = Pregunta antes por el teletrabajo o un modelo híbrido
action-apologize = Discúlpate por no haber asistido

## La lista de preparación antes de una entrevista

prep-time_zone = Hora y zona horaria confirmadas con la empresa
prep-technology = Enlace, cámara y sonido probados
prep-talking_points = Tres puntos clave preparados
prep-job_description = Descripción del puesto releída

## Lo que se comprueba en un mensaje

check-interview_date = Fecha de la entrevista
check-interview_time = Hora de la entrevista
check-time_zone = Zona horaria
check-position = Nombra el puesto
check-brief_reason = Motivo breve
check-clear_action = Dice qué vas a hacer
check-apology = Disculpa
check-thanks = Agradecimiento
check-alternatives = Propone nuevas fechas
check-signature = Firmado con tu nombre
check-contact = Tus datos de contacto
check-delay = Cuánto retraso llevarás
check-new_time = Nombra la nueva hora
check-pass_on = Pide a la agencia que lo transmita
check-client_named = Nombra la empresa cliente
check-stop_steps = Pide detener los trámites iniciados

## Los campos que nombra el historial de una entrevista

history-created = Añadida
history-company = Empresa
history-position = Puesto
history-interviewer_name = Quién te entrevista
history-interviewer_email = Correo de quien te entrevista
history-interviewer_phone = Teléfono de quien te entrevista
history-contact_channel = Vía de contacto
history-starts_at = Fecha y hora
history-tz = Zona horaria
history-duration_minutes = Duración
history-location = Lugar o enlace
history-stage = Fase
history-notes = Notas
history-decision = Decisión
history-decision_reason = Motivo
history-scenario = Situación
history-pause_until = Volver a contactar
history-message_sent = Mensaje enviado
history-prep_time_zone = Preparación: hora y zona
history-prep_technology = Preparación: tecnología
history-prep_talking_points = Preparación: puntos clave
history-prep_job_description = Preparación: descripción del puesto
history-talking_points = Puntos clave
history-job_description = Descripción del puesto
history-message_language = Idioma de los mensajes
history-no_answer_at = Sin respuesta
history-new_time_proposed = Nueva hora propuesta por la empresa

## Ajustes: Avísame…
## Cada opción completa la frase «Avísame…», en primera persona.

reminder-undecided_24h = cuando llegue el momento de decidir sobre una entrevista (un día antes, en horario laboral de la empresa) y no haya decidido
reminder-unsent_24h = cuando llegue el momento de decidir, haya decidido no ir y aún no les haya avisado
reminder-final_2h = una vez más, 2 horas antes, si sigue pendiente
reminder-prep = una hora antes de una entrevista a la que voy a ir, con una breve lista de preparación
reminder-prep_evening = la noche anterior a una entrevista a la que voy a ir, si aún no he preparado nada
reminder-pause_checkback = el día en que termina una pausa
reminder-missed = cuando haya pasado una entrevista sin que yo hubiera decidido
reminder-follow_up = cuando no me hayan respondido a un mensaje en el que les preguntaba algo

## Qué fue de las entrevistas (Estadísticas)

outcome-attended = Asistí
outcome-withdrawn = Me retiré
outcome-rescheduled = Pedí otra fecha
outcome-paused = En pausa
outcome-missed = No asistí
outcome-no_answer = Sin respuesta
outcome-upcoming = Aún por llegar

## Combinaciones de colores

theme-system = Igual que el escritorio
theme-light = Claro
theme-dark = Oscuro

## Lo que se interpone (las situaciones del asistente)

scenario-accepted_offer = He aceptado otra oferta
scenario-values_concern = He sabido algo de la empresa que me preocupa
scenario-other_path = Voy a tomar otro camino (estudios, otro sector)
scenario-relocation = Me traslado y no podría trabajar allí
scenario-long_term_change = Mis circunstancias han cambiado a largo plazo
scenario-illness = No me encuentro bien
scenario-family_emergency = Una emergencia familiar
scenario-transport = No puedo llegar (problemas de viaje o de transporte)
scenario-need_preparation = Necesito más tiempo para prepararme
scenario-timeline_shift = Han cambiado mis plazos
scenario-schedule_conflict = Tengo otro compromiso a esa hora
scenario-personal_commitments = Tengo compromisos personales las próximas semanas
scenario-competing_offers = Antes quiero valorar otras ofertas
scenario-cold_feet = Nervios: ya no lo tengo claro
scenario-missed = La entrevista ya pasó y no fui

## Las preguntas del asistente

wizard-title = Decidir: { $company }
wizard-interest = ¿Te sigue interesando este puesto?
wizard-interest-hint = Piensa hacia dónde quieres llevar tu carrera y qué te importa en el trabajo.
wizard-interest-yes = Sí, me sigue interesando
wizard-interest-unsure = No lo tengo claro
wizard-interest-no = No, ya no
wizard-interest-missing = Elige una respuesta.
wizard-non_negotiable = ¿Choca este puesto con alguno de tus imprescindibles?
wizard-non_negotiable-hint = Son los que guardaste en Ajustes. Un puesto que choca con alguno rara vez merece la entrevista.
wizard-non_negotiable-no = No, con ninguno
wizard-non_negotiable-missing = Elige el imprescindible con el que choca, o «No, con ninguno».
wizard-situation = ¿Qué te lo impide?
wizard-situation-hint = Elige lo que más se acerque: de eso depende si es algo pasajero o duradero.
wizard-situation-none = Nada: podría ir
wizard-situation-missing = Elige lo que mejor encaje, o «Nada».
wizard-keep = ¿Quieres dejar la puerta abierta para más adelante?
wizard-keep-hint = Algunas empresas mantienen una candidatura en espera unas semanas.
wizard-keep-no = No
wizard-keep-yes = Sí, pedir que guarden mi candidatura
wizard-remote = ¿Podrías aceptar el puesto con teletrabajo o en modelo híbrido?
wizard-remote-no = No
wizard-remote-yes = Sí, me lo plantearía
wizard-legal = ¿Hay algo firmado o en marcha?
wizard-legal-hint = Marca todo lo que corresponda; si no hay nada, no marques ninguna casilla.
wizard-legal-signed_agreement = Un acuerdo que he firmado
wizard-legal-conditional_offer = Una oferta condicionada
wizard-legal-relocation_package = Una ayuda para el traslado
wizard-legal-visa_sponsorship = Un patrocinio de visado en trámite
wizard-legal-non_compete = Una cláusula de no competencia

## La página del consejo

# «Retira tu candidatura, por teléfono».
advice-headline = { $action }, { $by }
advice-call-now = Quedan menos de { $hours } horas ({ $left }): llama ya.
# El botón que anota la decisión, y lo que se dice una vez anotada.
advice-apply = { $decision ->
    [attend] Anotar que asistiré
    [withdraw] Anotar que me retiro
    [reschedule] Anotar que pido otra fecha
    [pause] Anotar la pausa
   *[undecided] Dejarlo sin decidir
  }
advice-recorded = { $decision ->
    [attend] Anotado: asistirás.
    [withdraw] Anotado: te retiras.
    [reschedule] Anotado: pedirás otra fecha.
    [pause] Anotado: candidatura en pausa.
   *[undecided] Anotado: sin decidir.
  }
advice-save-answers = Guardar mis respuestas
advice-answers-saved = Tus respuestas se han guardado.

## Por qué: los motivos y avisos del consejo

reason-passed = La hora de la entrevista ya pasó. Discúlpate ahora, con sinceridad y en pocas palabras: una disculpa rápida limita el daño.
reason-passed-still-interested = Como el puesto te sigue interesando, puedes preguntar si sería posible otra fecha.
reason-ask-remote = Te trasladas, pero aceptarías teletrabajo o un modelo híbrido: pregunta si es posible antes de retirar tu candidatura.
reason-withdraw-no-interest = Ya no quieres este puesto: retirar tu candidatura ahora les libera tiempo y deja tu nombre en buen lugar.
reason-withdraw-lasting = Lo que te lo impide no es pasajero: retira tu candidatura en lugar de ocupar una entrevista a la que no podrás ir.
# $non_negotiable son las propias palabras del usuario, tal como las guardó en Ajustes.
reason-withdraw-non-negotiable = Este puesto choca con uno de tus imprescindibles: { $non_negotiable }. Retira tu candidatura ahora en lugar de hacer una entrevista para un puesto que no aceptarías.
reason-pause-keep-open = Quieres dejar la puerta abierta: pide que guarden tu candidatura durante un plazo concreto y diles cuándo volverás a ponerte en contacto.
reason-pause-weeks = Esto tardará unas semanas en resolverse: pide que pongan tu candidatura en pausa e indica una fecha para volver a contactar.
reason-reschedule = Es un problema pasajero y el puesto te sigue interesando: pide cambiar la fecha de la entrevista y propón dos o tres opciones concretas de día y hora.
reason-offer-video = Ofrece también hacerla por videollamada, si así puede seguir adelante.
# $hours es 24: el plazo a partir del cual hay que llamar.
reason-reflect = Nada te lo impide, pero no lo tienes claro. Decide antes de que falten { $hours } horas: si necesitas prepararte más, pide otra fecha; si ya no te interesa, retira tu candidatura en lugar de ir sin preparación.
reason-attend = El puesto te sigue interesando y nada te lo impide: acude y prepárate bien.
warning-no-phone-urgent = No tienes su número de teléfono: con tan poco tiempo, búscalo (en la invitación, en su web, en la firma de quien lleva tu proceso) y llama.
reason-call-then-write = Llama ahora y después déjalo por escrito.
reason-call-under-notice = Quedan menos de { $hours } horas: llama. Si no contesta nadie, deja un mensaje de voz breve y envía el mensaje escrito justo después.
warning-late-notice = Avisas con poca antelación: llama en lugar de limitarte a enviar un correo, para que se enteren a tiempo.
reason-write = Quedan { $hours } horas o más: escribe. Así queda constancia y pueden leerlo cuando les venga bien.
reason-reply-on-platform = Hasta ahora la conversación ha sido por esta plataforma y no tienes su dirección de correo: responde ahí, como lo harías por correo.
warning-no-email-call = No tienes su dirección de correo: llama y pide una para confirmarlo por escrito.
warning-no-email = No tienes su dirección de correo: búscala (en la invitación, en el anuncio del puesto, en el perfil de quien lleva tu proceso) para que quede constancia de lo que digas.
# Se unen con «, » en $papers de warning-legal-documents:
# «Has mencionado un acuerdo que has firmado, una oferta condicionada: …».
warning-paper-signed_agreement = un acuerdo que has firmado
warning-paper-conditional_offer = una oferta condicionada
warning-paper-relocation_package = una ayuda para el traslado
warning-paper-visa_sponsorship = un patrocinio de visado en trámite
warning-paper-non_compete = una cláusula de no competencia
warning-legal-documents = Has mencionado { $papers }: lee lo que has firmado antes de retirar tu candidatura y, para saber si te obliga a algo, pregunta a Recursos Humanos o pide asesoramiento.
warning-steps-under-way = Hay trámites de visado o de traslado en marcha: menciónalo en tu mensaje para que puedan detenerlos.
warning-time-zones = Quien te entrevista está en otra zona horaria: indica la hora de la entrevista con su zona y, si propones horas nuevas, dalas en ambas zonas.

## Leer una invitación de calendario: qué comprobar antes de guardarla

invite-no-position = La invitación no indica el puesto: complétalo.
invite-company-guessed = El nombre de la empresa, «{ $name }», se ha deducido de la dirección de correo de quien envía la invitación: compruébalo.
invite-no-company = La invitación no indica la empresa: complétala.
invite-start-skipped = La hora de inicio { $start } no existe en la zona horaria { $zone }: revisa la hora.
invite-zone-unknown = Raincheck no conoce la zona horaria «{ $zone }»: elígela tú.
invite-in-utc = La invitación da la hora en UTC; se muestra en tu zona horaria, { $zone }. Si sabes en qué zona está quien te entrevista, cámbiala por esa.
invite-no-zone = La invitación no indica la zona horaria de las { $time }: se toma la tuya, { $zone }. Compruébalo.
invite-whole-day = La invitación ocupa todo el día { $day }, sin hora concreta: indica la hora.
invite-no-start = La invitación no tiene hora de inicio: añádela.

## Horas que proponer para una nueva fecha

# Patrones strftime: una hora en el reloj de la empresa, «martes 1 de diciembre a las 15:00 CET»
# (chrono pone los nombres completos de es_ES, en minúscula),
date-slot = %A %-d de %B a las %H:%M %Z
# y luego en el tuyo, «09:00 EST», o en otro día, «23:00 PST del lunes 30 de noviembre».
date-slot-mine = %H:%M %Z
date-slot-mine-other-day = %H:%M %Z del %A %-d de %B
slots-none = No hay horas en común en los próximos { $days } días: tu horario (de { $from } a { $to }, { $zone }) no coincide ningún día entre semana con la franja de { $their-from } a { $their-to } ({ $their-zone }) sin chocar con otra entrevista. Amplía tu horario en Ajustes o pide que te propongan ellos las horas.
# $count es al menos 1 (si no, se usa slots-none).
slots-fewer = { $count ->
    [one] Solo hay un día libre que encaje
   *[other] Solo hay { $count } días libres que encajen
} en tu horario y en el de la empresa en los próximos { $days } días.

## Lo que aún le falta al borrador

missing-name = Falta tu nombre: el mensaje se firma con él.
missing-contact = Falta tu correo o tu teléfono: añade uno para que puedan contactarte.
missing-phone = Falta tu número de teléfono: en un mensaje de voz se deja un número para que te devuelvan la llamada.

## Cómo decírselo, paso a paso

# Va detrás de «Llama a», «Envía un SMS a»: sin artículo que choque con «a».
step-the-recruiter = quien lleva tu proceso
# Le sigue el número como enlace (con un espacio delante) y luego step-call-on-after:
# «Llama a Ana al 600 123 456.»
step-call-on = Llama a { $who } al
step-call-on-after = .
step-call = Llama a { $who }.
step-voicemail = Si no contesta nadie, deja un mensaje de voz breve: quién eres, qué entrevista es, tu decisión y que les enviarás un correo.
step-email-to = Envía el correo a { $address }, para que quede constancia por escrito.
step-email = Envía el correo, para que quede constancia por escrito.
step-linkedin = Envía el mensaje por LinkedIn, donde ya tienes la conversación.
step-platform = Envía el mensaje por la plataforma de selección, donde ya tienes la conversación.
step-sms = Envía un SMS a { $who }.

## La página de una entrevista

fact-when = Cuándo
fact-your-time = Tu hora
fact-time-left = Tiempo restante
fact-decide-by = Plazo para decidir
fact-duration = Duración
fact-duration-minutes = { $minutes } min
fact-interviewer = Quién te entrevista
fact-email = Correo electrónico
fact-phone = Teléfono
fact-in-touch-by = Contacto por
fact-place = Lugar o enlace
fact-stage = Fase
fact-reason = Motivo
fact-check-back-on = Volver a contactar
fact-notes = Notas
fact-write-in = Idioma para escribirles
history-added-to-log = Añadida al registro
# $when es una fecha con date-start: «enviado el jue, 3 dic 2026, 10:00 CET».
message-sent-at = enviado el { $when }
message-not-sent = sin enviar
reply-thank-them = Darles las gracias
reply-to-a-no = Responder a su «no»
# Te deben una respuesta a un mensaje ($kind: su nombre) y llevan en silencio los días laborables fijados.
silence-follow-up = Aún no han respondido a tu mensaje ({ $kind }). Es razonable enviar un seguimiento breve y cordial.
silence-draft-follow-up = Redactar el seguimiento
silence-no-answer = Tampoco han respondido a tu seguimiento. Puedes marcar esta entrevista como «sin respuesta» y dedicar tu tiempo a otras cosas.
new-time-moved = La empresa ha propuesto el { $when } en lugar del { $before }, y el registro ya tiene la nueva hora. Confírmasela y después actualiza tu calendario.
new-time-kept = La empresa ha propuesto el { $when }, y el registro ya la tiene. Confírmasela y después actualiza tu calendario.
new-time-draft = Redactar la confirmación
resume-due = Ha llegado el día en que ibas a retomar el contacto: es el momento de escribirles y seguir adelante con tu candidatura.
resume-draft = Redactar el mensaje
snooze-put-off-until = Aplazado hasta el { $until }.

## Notificaciones

# $left es countdown-ahead: «dentro de 3 h».
notify-undecided_24h-title = { $company }: entrevista { $left }, aún sin decidir
notify-undecided_24h-body = { $phone ->
    [yes] Menos de 24 h: si no vas a ir, llama en lugar de escribir un correo. Abre Raincheck para decidir.
   *[no] Es hora de decidir: un mensaje enviado ahora aún se leerá a tiempo. Si no vas a ir, escríbeles ahora. Abre Raincheck para decidir.
  }
notify-unsent_24h-title = { $company }: entrevista { $left }, aún no lo saben
notify-unsent_24h-body = { $decision ->
    [withdraw] Has decidido retirar tu candidatura
    [reschedule] Has decidido pedir otra fecha
    [pause] Has decidido poner tu candidatura en pausa
   *[other] Has decidido no ir
  }, pero no hay nada marcado como enviado. { $phone ->
    [yes] Menos de 24 h: llama ahora.
   *[no] Avísales ahora, mientras aún hay alguien para leer tu mensaje.
  }
notify-final_2h-title = { $company }: entrevista { $left }
notify-final_2h-body = Último aviso: si no vas a ir, llama ahora y después envía el correo.
notify-pause_checkback-title = { $company }: es hora de volver a contactar
notify-pause_checkback-body = Hoy termina la pausa de tu candidatura para el puesto de { $position }: vuelve a ponerte en contacto. Raincheck tiene el mensaje listo.
notify-prep-title = { $company }: entrevista { $left }
notify-prep-body = { $when }. Confirma la hora y la zona horaria, prueba el enlace y el sonido, ten preparados tres puntos clave y relee la descripción del puesto. La lista de preparación está abierta en Raincheck.
notify-prep_evening-title = { $company }: entrevista { $left }, aún sin preparar
notify-prep_evening-body = Diez minutos esta noche te ahorran una mañana con prisas: confirma la hora y la zona horaria, prueba el enlace, escribe tres puntos clave y relee la descripción del puesto. Abre la lista de preparación en Raincheck.
notify-missed-title = { $company }: la hora de la entrevista ya pasó
notify-missed-body = Si no fuiste, discúlpate hoy: Raincheck tiene el mensaje listo.
notify-follow_up-title = { $company }: aún sin respuesta
notify-follow_up-body = No han respondido a tu último mensaje. Es razonable enviar un seguimiento breve y cordial: Raincheck lo tiene listo.
# Tras un mensaje que les preguntaba algo ($kind: su nombre), $days días laborables de silencio.
notify-silence-follow_up-title = { $company }: aún sin respuesta
notify-silence-follow_up-body = Tu mensaje ({ $kind }) lleva { $days ->
    [one] un día laborable
   *[other] { $days } días laborables
  } sin respuesta. Es razonable enviar un seguimiento breve y cordial: Raincheck lo tiene listo.
notify-silence-no_answer-title = { $company }: sigue sin haber respuesta
notify-silence-no_answer-body = Tu seguimiento también lleva { $days ->
    [one] un día laborable
   *[other] { $days } días laborables
  } sin respuesta. Puedes marcar esta entrevista como «sin respuesta» y dedicar tu tiempo a otras cosas.
# Si hay varios a la vez: una sola notificación para todos.
notify-summary-title = { $count } recordatorios de Raincheck
notify-summary-body = Sobre { $companies }. Abre Raincheck para verlos.

## Los botones de una notificación

notify-open = Abrir en Raincheck
notify-snooze-hour = Dentro de una hora
notify-snooze-evening = Esta tarde
notify-snooze-morning = Mañana por la mañana
reminders-log-problem = Los recordatorios no pudieron usar el registro: { $error } Raincheck volverá a intentarlo dentro de { $minutes } min, para que mientras tanto no se muestre un recordatorio una y otra vez.
reminders-no-server = Ningún servicio de notificaciones responde en la sesión del escritorio ({ $detail }); los recordatorios se muestran en la ventana.
reminders-refused = Se rechazó la notificación ({ $detail }); los recordatorios se muestran en la ventana.

## Estadísticas: imprescindibles que sugieren los motivos que se repiten

# «Motivo de 3 de tus 5 retiradas de candidatura: un traslado». $about es una frase suggestion-about-*.
suggestion-text = Motivo de { $count } de tus { $of } retiradas de candidatura: { $about }.
suggestion-about-relocation = un traslado
suggestion-keep-relocation = Puestos que pueda desempeñar desde donde vivo: en remoto o presenciales cerca de casa
suggestion-about-values_concern = preocupaciones sobre la empresa
suggestion-keep-values_concern = Empresas cuyos valores y forma de trabajar pueda defender
suggestion-about-other_path = querer tomar otro camino
suggestion-keep-other_path = Puestos en el camino que de verdad quiero seguir
suggestion-about-long_term_change = un cambio duradero en tu vida
suggestion-keep-long_term_change = Horarios, desplazamientos y flexibilidad que encajen con mi vida actual
suggestion-about-competing_offers = otras ofertas
suggestion-keep-competing_offers = Un sueldo y unas condiciones al menos tan buenos como los de las ofertas que ya tengo
suggestion-about-cold_feet = dudas sobre el puesto
suggestion-keep-cold_feet = Puestos que tenga claro que quiero antes de presentar mi candidatura
suggestion-about-timeline_shift = los plazos
suggestion-keep-timeline_shift = Una fecha de incorporación y un ritmo de selección que encajen con mis planes
suggestion-about-schedule_conflict = otros compromisos
suggestion-keep-schedule_conflict = Horarios de entrevista compatibles con mis compromisos
suggestion-about-personal_commitments = otros compromisos
suggestion-keep-personal_commitments = Horarios de entrevista compatibles con mis compromisos
suggestion-about-transport = el desplazamiento
suggestion-keep-transport = Entrevistas a las que pueda llegar con facilidad, o que se hagan por videollamada

## La bandeja del sistema

tray-open = Abrir Raincheck
tray-nothing-coming = No hay entrevistas próximas
tray-next = Próxima: { $company }, { $left }
tray-pause-hour = Pausar los recordatorios 1 hora
tray-quit = Salir de Raincheck
tray-waiting = Raincheck: { $count ->
    [one] 1 recordatorio pendiente
   *[other] { $count } recordatorios pendientes
  }
tray-still-running = Raincheck sigue en marcha
tray-still-running-body = Se queda en la bandeja del sistema para avisarte antes de tus entrevistas. Para salir, usa el menú de la bandeja.

## Ajustes

window-language-system = Igual que el escritorio

## El feed del calendario: un evento en el «decidir antes de» de cada
## entrevista pendiente, para que el calendario del móvil lo recuerde.
## $decision es undecided, withdraw, reschedule o pause; $both, $phone y
## $known son yes o no.

feed-calendar-name = Raincheck: decidir antes de
feed-event-summary = { $decision ->
    [undecided] Hora de decidir: { $company } — { $position }
   *[other] Avisa a { $company } — { $position }
}
feed-event-when = { $both ->
    [yes] La entrevista: { $theirs }, hora de la empresa ({ $yours } en tu zona).
   *[no] La entrevista: { $theirs }.
}
feed-event-reach = { $phone ->
    [yes] Quedan menos de 24 horas: si no vas a ir, llámales{ $known ->
        [yes] {" "}al { $contact }.
       *[no] .
    }
   *[no] Un mensaje aún les llega a tiempo: si no vas a ir, escríbeles un correo{ $known ->
        [yes] {" "}a { $contact }.
       *[no] .
    }
}
feed-event-next = { $decision ->
    [withdraw] Has decidido retirar tu candidatura, pero no hay nada marcado como enviado.
    [reschedule] Has decidido pedir otra fecha, pero no hay nada marcado como enviado.
    [pause] Has decidido poner tu candidatura en pausa, pero no hay nada marcado como enviado.
   *[other] Abre Raincheck para decidir.
}
feed-not-updated = El feed del calendario no se ha actualizado: { $error } Raincheck lo vuelve a intentar cada minuto.
