# Zoho Credential Wizard: todas las palabras de la aplicación de escritorio, en español (traducidas del inglés, en.ftl).
# Términos: docs/glossary/es.md (de GLOSSARY.md). Tratamiento: tú. El texto dentro de <b>…</b> que nombra un botón o
# un campo de la Zoho API console es la etiqueta propia de Zoho, tal como la muestra la consola: se deja en inglés y se explica alrededor.
# Un elemento con data-l10n-name es de la aplicación (un campo, un valor que la aplicación completa): se conserva, una sola vez.

app-name = Zoho Credential Wizard

## Los cuadros de diálogo de archivos del shell

dialog-choose-request = Abrir una solicitud
dialog-request-files = Solicitud de credenciales
dialog-save-reply = Guardar la respuesta
dialog-save-request = Guardar la solicitud
dialog-choose-reply = Importar una respuesta
dialog-reply-files = Respuesta cifrada
dialog-choose-self-client = Elegir self_client.json
dialog-self-client-files = Archivo de Self Client

## El paso siguiente después de un error, con el botón en el que hay que hacer clic

next-ask-customer = Este inicio de sesión es de tu empresa cliente: haz clic en Pedir reconexión a la empresa cliente, y su administrador volverá a iniciar sesión.
next-sign-in = Abre “{ $connection }” y haz clic en Volver a iniciar sesión.
next-replace-secret = Abre “{ $connection }” y haz clic en Reemplazar el secreto; si el secreto se perdió, vuelve a generarlo en la Zoho API console.
next-list-connections = Vuelve a Todas las conexiones para ver las que están guardadas.
next-choose-file-store = O usa el archivo cifrado en su lugar.
next-create-file-store = Primero elige el archivo cifrado en “Cambiar dónde se guardan los secretos”, en la pantalla Conexiones.
next-enter-passphrase = Escribe en el campo de arriba la frase de contraseña que elegiste para él y haz clic en Desbloquear el archivo cifrado.
next-delete-locally = Vuelve a intentarlo cuando se pueda acceder a Zoho, o elige abajo “… solo en este equipo”.
next-allow-account-change = Vuelve a iniciar sesión y, cuando se te pregunte por la otra cuenta, elige Cambiar a esa cuenta.
next-restart-agent = Cierra la aplicación y vuelve a abrirla. Si el archivo cifrado se mantiene desbloqueado en segundo plano, bloquéalo primero (un desarrollador ejecuta zcw lock).
next-stop-agent = Primero bloquea el archivo cifrado que se mantiene desbloqueado en segundo plano (un desarrollador ejecuta zcw lock).
next-choose-team-store = Elige el almacén compartido en “Cambiar dónde se guardan los secretos”, en la pantalla Conexiones.
next-sign-in-with-scope = Vuelve a iniciar sesión en “{ $connection }” y agrega a los permisos que pide el scope que le falta.
next-accept-late-reply = Si la esperabas, marca “Esperaba esta respuesta después de que venciera la solicitud” y vuelve a importarla.

# La página

## marco (frame)

page-a = Saltar al contenido
page-span = Zoho Credential Wizard
page-nav =
    .aria-label = Aplicación
nav-home = Todas las conexiones
stepper =
    .aria-label = Pasos del asistente

## desbloqueo (unlock)

unlock-title = Desbloquear el archivo cifrado
unlock-explain = Los secretos que hacen falta aquí están en el archivo cifrado. Escribe primero su frase de contraseña: la aplicación mantiene el archivo desbloqueado hasta que la cierres.
label-unlock-passphrase = Frase de contraseña del archivo cifrado
unlock-button = Desbloquear el archivo cifrado

## marco (frame)

answering =
    .aria-label = Solicitud de credenciales
answering-reconnect = <strong data-l10n-name="strong0"></strong> Un nuevo inicio de sesión para la misma conexión y el mismo cliente: no se crea nada nuevo.
answering-reconnect-strong = <bdi data-l10n-name="answering-reconnect-from"></bdi> te pide que vuelvas a iniciar sesión en “<span data-l10n-name="answering-reconnect-name"></span>”.
answering-dt = Solicitado por
answering-span = (lo escribió quien la envía: lo que demuestra que la solicitud es suya es la huella digital)
answering-dt-2 = Vence
answering-dt-3 = Huella digital
answering-span-2 = (calculada por esta aplicación a partir de la solicitud)
answering-p = Pide a la persona que te la envió que te lea la huella digital que mostró su aplicación. Si es distinta, la solicitud se modificó por el camino: no sigas. Los valores de abajo vienen de la solicitud y no se pueden cambiar.
label-answering-dc = Tu centro de datos de Zoho
answering-dc-hint = La solicitud te deja elegirlo: indica dónde está la cuenta de Zoho de tu empresa. Queda fijo en cuanto se guarda el Client Secret.
stop-answering = Dejar de responder a esta solicitud
incoming-title = Llegó otra solicitud de credenciales
incoming-dt = Conexión
incoming-dt-2 = Solicitado por
incoming-dt-3 = Huella digital
incoming-p = Estás respondiendo a la solicitud de “<span data-l10n-name="incoming-current"></span>”. No cambia nada hasta que elijas.
incoming-keep = Seguir respondiendo a la solicitud actual
incoming-switch = Responder a la nueva solicitud

## inicio (home)

home-title = Conexiones
open-request = Abrir una solicitud que te enviaron
new-connection = Nueva conexión
home-p = Cada conexión corresponde a un cliente de Zoho: sus datos se guardan aquí, y su Client Secret, en <span data-l10n-name="home-store"></span>.
draft-banner = Tienes una conexión sin terminar. <button data-l10n-name="resume-draft"></button>
resume-draft = Seguir donde lo dejaste
connections-caption = Conexiones guardadas
connections-th = Nombre
connections-th-2 = Centro de datos
connections-th-3 = Client ID
connections-th-4 = Integración
connections-th-5 = Secreto en
connections-th-6 = Estado
no-connections-p = <strong>Todavía no hay conexiones.</strong>
no-connections-p-2 = Haz clic en <b>Nueva conexión</b> para registrar un cliente de Zoho y guardar su secreto de forma segura.
home-span = Los secretos nuevos se guardan en <strong data-l10n-name="store-description"></strong>.
change-store = Cambiar dónde se guardan los secretos…
check-computer = Verificar este equipo
customers-title = Trabajar con una empresa cliente
home-p-2 = Si solo el administrador de Zoho de tu empresa cliente puede crear el cliente de Zoho, envíale una solicitud e importa la respuesta cifrada. Así nadie tiene que pegar un secreto en un correo.
request-credentials = Solicitar credenciales a una empresa cliente
import-reply = Importar una respuesta
requests-caption = Solicitudes enviadas a empresas cliente
requests-th = Solicitud
requests-th-2 = Enviada como
requests-th-3 = Huella digital
requests-th-4 = Estado
requests-span = Acciones
store-picker-legend = Dónde guardan sus secretos las conexiones nuevas
store-picker-span = El llavero de este equipo
store-picker-span-2 = La opción habitual: el secreto se queda en este equipo, protegido por tu sesión de usuario.
store-picker-span-3 = Un archivo cifrado
store-picker-span-4 = Para cuando no funciona ningún llavero. La aplicación pide su frase de contraseña una vez cada vez que se abre.
store-picker-span-5 = El servidor OpenBao o Vault de tu organización
store-picker-span-6 = Compartido: todos los equipos y servidores configurados con él ven las mismas conexiones y los mismos tokens.
file-store-explain = El archivo cifrado guarda los secretos en un solo archivo, cifrado con una frase de contraseña que tú eliges. Úsalo solo donde no funcione ningún llavero.
label-home-passphrase = Frase de contraseña
label-home-passphrase-again = Repite la frase de contraseña
team-store-explain = Pide a quien administra el servidor OpenBao o Vault de tu organización su dirección y un token (o inicia sesión con <code>bao login</code> o <code>vault login</code> en este equipo y deja el token vacío). Las conexiones se guardan bajo el prefijo, en el montaje KV de la versión 2.
label-team-address = Dirección del servidor <small>(si es un clúster: la dirección de cada nodo en su propia línea)</small>
label-team-token = Token <small>(solo se conserva mientras la aplicación está abierta)</small>
label-team-mount = Montaje KV
label-team-prefix = Prefijo
team-store-form-summary = Más ajustes (certificado, espacio de nombres, AppRole)
label-team-ca-cert = Archivo del certificado de la CA <small>(si el certificado del servidor lo emite tu propia CA)</small>
label-team-namespace = Espacio de nombres (namespace)
label-team-role-id = Role ID de AppRole
label-team-secret-id-file = Archivo del secret ID de AppRole
cancel-store = Cancelar
confirm-store = Guardar aquí los secretos nuevos

## verificar este equipo (doctor)

doctor-title = Verificar este equipo
doctor-p = Lo que esta aplicación necesita de tu equipo, verificado ahora mismo: cada punto está bien o te dice qué hacer.
doctor-back = Volver a las conexiones
doctor-again = Volver a verificar

## detalles (details)

show-connect = Iniciar sesión en Zoho
show-handover = Entregar
show-disconnect = Desconectar…
show-reconnect = Pedir reconexión a la empresa cliente
show-replace = Reemplazar el secreto
show-rename = Cambiar nombre
show-remove = Quitar…
replace-explain = ¿Volviste a generar el secreto en la Zoho API console? Pega aquí el nuevo: reemplazará al secreto guardado.
label-replace-secret = Nuevo Client Secret
replace-form-button = Mostrar
    .aria-label = Mostrar el nuevo Client Secret
confirm-replace = Guardar el nuevo secreto
replace-form-button-2 = Cancelar
label-rename-input = Nuevo nombre
confirm-rename = Cambiar nombre
rename-form-button = Cancelar
confirm-remove = Quitar la conexión y sus secretos
remove-local = Quitar solo en este equipo
remove-form-button = Cancelar
confirm-disconnect = Desconectar y revocar en Zoho
disconnect-local = Desconectar solo en este equipo
disconnect-form-button = Cancelar
details-h2 = Valores registrados en Zoho
details-back = Volver a las conexiones

## abrir una solicitud (open-request-view)

open-request-title = Abrir una solicitud de credenciales
open-request-view-p = Alguien te pidió un cliente de Zoho: abre el archivo de solicitud que te envió (<code>NAME.zcwrequest</code>) o pega el enlace de su correo. La aplicación te muestra entonces exactamente qué crear y envía de vuelta una respuesta que solo esa persona puede abrir.
label-request-text = Enlace o texto de la solicitud
open-request-back = Atrás
choose-request-file = Elegir el archivo…
open-request-text = Abrir la solicitud pegada

## importar una respuesta (import-reply-view)

import-reply-title = Importar una respuesta
import-reply-view-p = El administrador de Zoho de tu empresa cliente respondió a una solicitud tuya: elige el archivo de la respuesta o pega el texto de la respuesta que llegó en su correo. Solo se abre con la clave de la solicitud, guardada en <strong data-l10n-name="import-store"></strong>; si incluye un inicio de sesión, la aplicación comprueba con Zoho que funciona. Después compruebas de quién es la cuenta antes de que se guarde nada.
label-reply-text = Texto de la respuesta
reply-text =
    .placeholder = Pega aquí todo el texto de la respuesta

## confirmar la importación (import-confirm)

import-confirm-title = Revisa la respuesta antes de guardarla
import-confirm-dt = Conexión
ic-reconnect-dt = Reconecta
import-confirm-dt-2 = Cuenta de Zoho con la que se inició sesión
import-confirm-dt-3 = Client ID
import-confirm-dt-4 = Centro de datos
import-confirm-dt-5 = Código de respuesta
import-confirm-span = (la aplicación del administrador mostró el mismo al enviar la respuesta: pídele que te lo lea cuando sea importante)
ic-late-span = Esperaba esta respuesta después de que venciera la solicitud
ic-confirm-text = Esta cuenta de Zoho es de mi empresa cliente
ic-discard = Descartar esta respuesta
ic-import = Importar la conexión

## importar una respuesta (import-reply-view)

import-open = Abrir “<span data-l10n-name="import-done-name"></span>”
import-reply-back = Volver a las conexiones
choose-reply-file = Elegir el archivo…
import-reply-text = Abrir la respuesta pegada

## solicitud creada (request-made)

request-made-title = Tu solicitud está lista para enviar
made-lead = Envía por correo el archivo de solicitud o el enlace al administrador de Zoho de tu empresa cliente. Ninguno de los dos contiene un secreto. Su clave se queda en <strong data-l10n-name="made-store"></strong>, así que solo tú puedes abrir la respuesta.
request-made-p = Huella digital <strong data-l10n-name="made-fingerprint"></strong>
request-made-p-2 = Léesela al administrador por teléfono: su aplicación muestra los mismos cuatro grupos. Vence <span data-l10n-name="made-expires"></span>.
save-request-file = Guardar el archivo de solicitud…
copy-request-link = Copiar el enlace
made-email-title = Un correo para enviar con la solicitud
request-made-p-3 = Qué debe hacer el administrador, dónde conseguir la aplicación y que lo llamarás para leerle la huella digital (que nunca se escribe en el correo). Cópialo en tu correo y adjunta el archivo de solicitud.
made-done = Listo: ir a las conexiones

## solicitud de reconexión (reconnect-request)

reconnect-request-title = Pedir reconexión de “<span data-l10n-name="rr-name"></span>” a la empresa cliente
reconnect-request-p = El administrador de Zoho de tu empresa cliente vuelve a iniciar sesión para esta conexión, y tú importas su respuesta en ella. La solicitud lleva el cliente, el centro de datos y los permisos de la conexión, así que el administrador no tiene que crear nada: si conservó la conexión, solo inicia sesión.
reconnect-request-dt = Client ID
reconnect-request-dt-2 = Centro de datos
reconnect-request-dt-3 = Permisos
label-rr-from = Quién lo solicita
rr-from =
    .placeholder = Acme Integrations
hint-rr-from = Tu empresa o tu nombre, tal como lo verá el administrador.
label-rr-expires = Vence en
rr-expires-option = 1 día
rr-expires-option-2 = 3 días
rr-expires-option-3 = 7 días
rr-expires-option-4 = 14 días
rr-expires-option-5 = 30 días
label-rr-scopes-add = Permisos que agregar (opcional, scopes separados por comas)
hint-rr-scopes-add = Cuando una llamada necesita un permiso que la conexión no tiene, agrega aquí su scope.
rr-back = Cancelar
rr-make = Crear la solicitud de reconexión

## reconexión con la conexión conservada (reconnect-kept)

reconnect-kept-title = Vuelve a iniciar sesión en “<span data-l10n-name="rk-name"></span>”
reconnect-kept-p = Este equipo todavía tiene esta conexión, con el cliente que indica la solicitud. No hay nada que crear ni que copiar: confirma la huella digital y luego inicia sesión en Zoho. Tu respuesta llevará entonces el nuevo inicio de sesión.
reconnect-kept-dt = Client ID
reconnect-kept-span = (el que este equipo guarda para “<span data-l10n-name="rk-name-again"></span>”)
reconnect-kept-dt-2 = Permisos solicitados
reconnect-kept-span-2 = La persona que envió la solicitud me leyó esta huella digital, y coincide: <strong data-l10n-name="rk-fingerprint"></strong>
rk-sign-in = Siguiente: volver a iniciar sesión

## paso 1 (step-1)

step-1-title = ¿Qué vas a conectar?
step1-request-hint = ¿Te llegó una solicitud? <button data-l10n-name="step1-open-request"></button>
step1-open-request = Abrir una solicitud que te enviaron
step-1-p = Indica dónde está tu cuenta de Zoho y para qué se va a usar el nuevo cliente de Zoho. La aplicación calcula los valores exactos que hay que registrar en Zoho.
label-dc = Centro de datos de Zoho
hint-dc = La dirección en la que inicias sesión en Zoho; por ejemplo, <code>accounts.zoho.eu</code> para Europa.
step-1-legend = Integración
template-span = Aplicación de Catalyst
text-catalyst = Una aplicación de Zoho Catalyst, como la del tutorial LeadManager.
template-span-2 = Hotglue / Optiply
text-hotglue = Un conector de hotglue; por ejemplo, la integración de Zoho de Optiply.
template-span-3 = Personalizada
text-custom = Tus propios scripts o tu propio servidor, con tus propias URI de redirección.
choice-self-client-span = Self Client
text-self-client = Los scripts propios de tu organización, con el Self Client de Zoho: sin URI de redirección, con un código generado en la consola.
label-catalyst-project = Nombre del proyecto
catalyst-project =
    .placeholder = LeadManager
hint-catalyst-project = Tal como aparece en la consola de Catalyst. En la dirección de la aplicación se quitan los espacios y las mayúsculas pasan a minúsculas.
label-catalyst-org = ID de la organización (Org ID)
catalyst-org =
    .placeholder = 60012345678 o la dirección de la consola
hint-catalyst-org = El número que va después de <code>/baas/</code> en la dirección de la consola de Catalyst. Puedes pegar la dirección completa.
label-catalyst-environment = Entorno
catalyst-environment-option = Desarrollo
catalyst-environment-option-2 = Producción (dirección no confirmada por Zoho)
label-catalyst-function = Nombre de la función
function-picks =
    .aria-label = Nombres de la función en las ediciones del tutorial
label-catalyst-serve-port = Puerto local de catalyst serve
hint-catalyst-serve-port = Donde se ejecuta <code>catalyst serve</code>.
label-hotglue-homepage = URL de la página principal (Homepage URL)
hint-hotglue-homepage = El sitio web de tu empresa. La URI de redirección de hotglue, <code>https://hotglue.xyz/callback</code>, se agrega automáticamente.
label-custom-homepage = URL de la página principal (Homepage URL)
label-custom-redirect-uris = URI de redirección
hint-custom-redirect-uris = Una por línea, exactamente como las envía tu integración: https, o http solo para localhost.
fields-self-client-p = Zoho crea el Self Client por ti: no hay nada que registrar. A continuación, la consola genera un código para los scopes que elijas, y esta aplicación lo canjea por tokens.
label-client-name = Nombre del cliente
hint-client-name = El nombre que verás en la Zoho API console. Solo letras, dígitos, espacios, _ y &.
step1-advanced-summary = Para desarrolladores: la URI de redirección propia de esta aplicación
loopback-explain = El paso 2 también incluye <code data-l10n-name="loopback-preview"></code> para que la registres: Zoho devuelve allí el navegador después de un inicio de sesión desde este equipo, para que esta aplicación pueda obtener los tokens y comprobar el cliente. Zoho exige el puerto exacto, y <code>localhost</code> en lugar de 127.0.0.1. Cambia el puerto solo si otro programa lo usa.
label-loopback-port = Puerto de esta aplicación
request-options-legend = La solicitud
label-request-name = Nombre de la conexión
label-request-from = Quién lo solicita
request-from =
    .placeholder = Acme Integrations
hint-request-from = Tu empresa o tu nombre, tal como lo verá el administrador: letras, dígitos, espacios y signos de puntuación sencillos.
label-request-expires = Vence en
request-expires-option = 1 día
request-expires-option-2 = 3 días
request-expires-option-3 = 7 días
request-expires-option-4 = 14 días
request-expires-option-5 = 30 días
request-options-label = <input data-l10n-name="request-dc-open"> Dejar que la empresa cliente elija el centro de datos (si no sabes dónde está su cuenta de Zoho)
request-options-label-2 = <input data-l10n-name="request-refresh"> El administrador también inicia sesión, así que la respuesta lleva un token de actualización (para scripts que llaman a las API de Zoho)
label-request-scopes = Scopes (separados por comas)
cancel-request-form = Cancelar
next = Siguiente: registrar en Zoho
make-request = Crear la solicitud

## paso 2 (step-2)

step-2-title = Registra el cliente en Zoho
step-2-p = Crea un cliente en la Zoho API console de <strong data-l10n-name="s2-dc"></strong> y escribe exactamente estos valores.
step-2-div = <strong>Puede que Zoho muestre el Client Secret una sola vez.</strong> Antes de hacer clic en <b>Create</b> (Crear) en Zoho, haz clic aquí en <b>Siguiente: guardar el Client Secret</b>, para tener todo listo y pegar el secreto en cuanto Zoho lo muestre. Si se pierde, tendrás que volver a generarlo en la Zoho API console.
open-console = Abrir la Zoho API console
step-2-li = Haz clic arriba en <b>Abrir la Zoho API console</b> e inicia sesión.
step-2-li-2 = Haz clic en <b>Get Started</b> (Comenzar), o en <b>Add Client</b> (Agregar cliente) si ya tienes clientes.
step-2-li-3 = Elige <b>Server-based Applications</b> (aplicaciones basadas en servidor).
step-2-li-4 = Completa los campos <b>Client Name</b> (nombre del cliente), <b>Homepage URL</b> (página principal) y <b>Authorized Redirect URI</b> (URI de redirección autorizada): copia cada valor con su botón Copiar y pégalo en Zoho (en Zoho, agrega una línea por cada URI). Zoho compara los valores letra por letra.
step-2-li-5 = Antes de hacer clic en <b>Create</b> (Crear) en Zoho, haz clic aquí en <b>Siguiente: guardar el Client Secret</b>, para que estén abiertos los campos donde pegar los dos valores.
step-2-li-6 = Haz clic en <b>Create</b> (Crear) en Zoho. Zoho muestra el <b>Client ID</b> y el <b>Client Secret</b>: copia cada uno en esta aplicación de inmediato.
back = Atrás
next-2 = Siguiente: guardar el Client Secret

## paso 2, Self Client (step-2-self)

self-title = Genera un código en el Self Client
step-2-self-p = En la Zoho API console de <strong data-l10n-name="self-dc"></strong>, el Self Client genera un código que esta aplicación canjea por tokens. El código dura solo unos minutos: ten esta ventana a mano.
self-open-console = Abrir la Zoho API console
step-2-self-li = Elige <b>Self Client</b>. La primera vez, haz clic en <b>Create Now</b> (Crear ahora) y luego en <b>OK</b>.
step-2-self-li-2 = En la pestaña <b>Generate Code</b> (Generar código), pega los scopes de abajo, elige <b>10 minutes</b> (10 minutos) como duración y escribe una descripción (por ejemplo, “zcw”).
step-2-self-li-3 = Haz clic en <b>Create</b> (Crear; elige tu organización si te lo pide) y luego en <b>DOWNLOAD</b> (Descargar): se guarda el archivo <code>self_client.json</code>.
step-2-self-li-4 = De vuelta aquí, dentro de esos 10 minutos, haz clic en <b>Elegir el self_client.json descargado</b>.
label-self-scopes = Scopes
self-scopes-copy = Copiar
label-self-name = Nombre de la conexión
self-choose-file = Elegir el self_client.json descargado…
self-paste-summary = ¿No tienes el archivo? Pega el código, el Client ID y el Client Secret que muestra la consola
label-self-code = Código
label-self-client-id = Client ID
label-self-client-secret = Client Secret
self-paste-button = Mostrar
    .aria-label = Mostrar el Client Secret
self-import-values = Usar estos valores
self-delete-file = Eliminar el archivo ahora
self-handover = Siguiente: entregar
self-finish = Ir a las conexiones
self-back = Atrás

## paso 3 (step-3)

step-3-title = Guarda el Client ID y el Client Secret
step-3-p = Copia los dos desde la Zoho API console. El secreto se guarda directamente en <strong data-l10n-name="s3-store"></strong>: nunca se escribe en un archivo como texto sin cifrar, y esta ventana no vuelve a mostrarlo.
s3-reconnect = Este equipo ya no tiene esta conexión, así que vuelve a hacer falta su Client Secret. El Client ID es el que indica la solicitud y no se puede cambiar: en la Zoho API console, abre ese cliente y copia su Client Secret (o vuelve a generarlo: la respuesta llevará entonces el nuevo).
s3-fingerprint-field-span = La persona que envió la solicitud me leyó esta huella digital, y coincide: <strong data-l10n-name="s3-fingerprint"></strong>
label-client-id = Client ID
label-client-secret = Client Secret
step-3-button = Mostrar
    .aria-label = Mostrar el Client Secret
label-connection-name = Nombre de la conexión
hint-connection-name = Cómo aparece esta conexión en la lista y en tu llavero. Solo letras, dígitos, espacios, _, . y -.
store-error-p = Tu secreto sigue en el campo de arriba; no se perdió nada.
offer-file-store = Usar el archivo cifrado en su lugar
s3-file-store-explain = Elige una frase de contraseña para el archivo cifrado (al menos 8 caracteres; unas cuantas palabras sin relación entre sí funcionan bien). Sin ella no se pueden leer los secretos del archivo, así que guárdala en un lugar seguro.
label-s3-new-passphrase = Frase de contraseña
label-s3-new-passphrase-again = Repite la frase de contraseña
s3-use-file-store = Usar el archivo cifrado y guardar
saved-why-sign-in = A continuación, inicia sesión en Zoho una vez desde este equipo, para que esta aplicación pueda usar la conexión y comprobar que el cliente funciona.
saved-why-hand-over = La integración inicia sesión en Zoho por su cuenta: a continuación, entrégale el Client ID y el Client Secret. No hace falta iniciar sesión también desde este equipo, y Zoho conserva solo 20 inicios de sesión por persona para cada cliente.
saved-why-send = A continuación, envía la respuesta a la persona que la solicitó.
saved-connect = Siguiente: iniciar sesión en Zoho
saved-handover = Omitir el inicio de sesión: entregar
saved-done = Más tarde: ir a las conexiones
saved-summary = Para desarrolladores
saved-p = Los scripts de este equipo obtienen un token de acceso con <code data-l10n-name="code0"></code>, y <code>zcw show</code> muestra la conexión.
back-3 = Atrás
save-secret = Guardar de forma segura

## paso 4 (step-4)

step-4-title = Iniciar sesión en Zoho para “<span data-l10n-name="s4-name"></span>”
step-4-p = Iniciarás sesión en Zoho en tu navegador y harás clic en <b>Accept</b> (Aceptar). Después, Zoho te devolverá a esta aplicación, y el inicio de sesión se guardará en <strong data-l10n-name="s4-store"></strong>.
s4-reconnect = <strong>Esta conexión ya tiene la sesión iniciada.</strong> Puedes volver a iniciar sesión, pero Zoho conserva solo los 20 inicios de sesión más recientes de cada persona para un cliente y descarta los más antiguos sin avisar, así que un equipo o servidor que todavía use uno muy antiguo puede dejar de funcionar.
s4-scopes-field-legend = ¿Qué puede hacer esta conexión en Zoho?
s4-scopes-hint = Marca lo que necesitan los scripts que la usan. Zoho muestra la misma lista al iniciar sesión y te pide que la aceptes. Junto a cada permiso aparece en pequeño su nombre en Zoho.
s4-scopes-field-span = Mostrar con qué cuenta de Zoho se inició sesión
s4-advanced-summary = Opciones avanzadas
label-s4-extra = Otros permisos (nombres de scope de Zoho, separados por comas)
s4-advanced-label = <input data-l10n-name="s4-pkce"> Proteger el inicio de sesión con PKCE (desactívalo solo si Zoho rechaza el inicio de sesión para este cliente).
s4-waiting-strong = Esperando a que inicies sesión en Zoho en tu navegador…
s4-waiting-p = Cuando hagas clic en <b>Accept</b> (Aceptar) allí, esta ventana continuará sola.
s4-waiting-p-2 = ¿No se abrió el navegador? Copia la dirección de inicio de sesión en tu navegador: <span data-l10n-name="s4-url-copy"></span>
s4-show-causes = ¿No pasa nada?
s4-help-p = <strong>¿No pasa nada, o aparece un error en el navegador?</strong> Estas son las causas probables, de la más a la menos probable:
s4-paste-explain = La dirección completa de la barra de direcciones del navegador, que empieza por <code data-l10n-name="s4-redirect-2"></code>:
label-s4-pasted = Dirección en la que terminó el navegador
s4-use-pasted = Usar esta dirección
s4-help-p-2 = URI de redirección que hay que registrar: <code data-l10n-name="s4-redirect-3"></code><span data-l10n-name="s4-redirect-copy"></span>
s4-help-summary = Detalles
s4-help-p-3 = La dirección de inicio de sesión: <code data-l10n-name="s4-url"></code>
s4-cancel = Cancelar
s4-confirm-p = <strong>Se inició sesión con otra cuenta de Zoho.</strong> Esta conexión tenía la sesión iniciada como <strong data-l10n-name="strong0"></strong>; esta vez se inició sesión como <strong data-l10n-name="strong1"></strong>.
s4-confirm-p-2 = Si cambias, los scripts que usan esta conexión actuarán a partir de ahora como la nueva cuenta. Si conservas la cuenta anterior, el nuevo inicio de sesión se cancela en Zoho y la conexión queda como estaba.
s4-keep = Cambiar a <bdi data-l10n-name="s4-keep-account"></bdi>
s4-discard = Conservar <bdi data-l10n-name="s4-discard-account"></bdi>
s4-done-summary = Para desarrolladores
s4-done-p = Los scripts de este equipo obtienen un token de acceso nuevo con <code data-l10n-name="code0"></code>.
s4-handover = Siguiente: entregar
s4-finish = Ir a las conexiones
back-4 = Atrás
s4-connect = Iniciar sesión en Zoho

## paso 5 (step-5)

label-s5-clear = Borrar del portapapeles un secreto copiado después de
s5-clear-option = 10 segundos
s5-clear-option-2 = 30 segundos
s5-clear-option-3 = 1 minuto
s5-clear-option-4 = 2 minutos
s5-clear-option-5 = Nunca (hasta que se copie otra cosa)
s5-clear-hint = Solo si el portapapeles todavía lo contiene, y siempre al cerrar esta aplicación. Los secretos se marcan para que los gestores de portapapeles no los guarden.
back-5 = Atrás
s5-done = Listo: ir a las conexiones

## paso 5, respuesta (step-5-reply)

reply-title = Envía la respuesta
step-5-reply-dt = Solicitado por
step-5-reply-dt-2 = Huella digital
step-5-reply-p = Guárdala como archivo y adjúntala a un correo, o cópiala como texto en uno. Nada más sale de este equipo.
save-reply = Guardar la respuesta como archivo…
copy-reply = Copiar la respuesta como texto
reply-code-box-p = Código de respuesta <strong data-l10n-name="reply-code"></strong>
reply-code-box-p-2 = Si la persona que la solicitó te llama para comprobarlo, léele este código: su aplicación muestra el mismo al importar la respuesta.
reply-after-legend = ¿Y esta conexión en tu equipo?
reply-after-p = Consérvala si más adelante quizá quieras desconectarla o reemplazar su secreto. Si la quitas, se eliminan su Client Secret y su inicio de sesión solo de este equipo: la respuesta que creaste sigue funcionando y el cliente sigue registrado en Zoho.
reply-keep = Conservarla en este equipo
reply-remove = Quitarla de este equipo

# Palabras que las pantallas componen sobre la marcha

## El marco: los pasos, el menú de idioma, palabras comunes

dc-label = { $id } · { $region } ({ $domain })
details = Detalles
language-label = Idioma
check-updates = Buscar actualizaciones
update-title = Actualizaciones
update-looking = Buscando una nueva versión…
update-newest = Tienes la versión más reciente, la { $running }.
update-available = Está disponible la versión { $version } de Zoho Credential Wizard. Tienes la { $running }.
update-notes-label = Novedades, según las notas de la versión:
update-no-notes = Esta versión no incluye notas.
install-update = Instalar y reiniciar
dismiss-update = Ahora no
update-installing = Descargando la actualización y comprobando su firma digital… La aplicación se reiniciará cuando esté instalada.
# $manager: apt (un paquete .deb) o dnf (un paquete .rpm).
update-package = { $manager ->
        [apt] La aplicación se instaló con un paquete .deb, así que la nueva versión la instala tu gestor de paquetes. En una terminal:
       *[dnf] La aplicación se instaló con un paquete .rpm, así que la nueva versión la instala tu gestor de paquetes. En una terminal:
    }
update-package-repository = Si tu gestor de paquetes no encuentra la nueva versión, añade una sola vez el repositorio de la aplicación (el README explica cómo), o descarga el nuevo paquete desde la página de versiones (Releases) del proyecto.
auto-updates = Buscar una nueva versión una vez al día, al iniciar la aplicación
close-updates = Cerrar
language-system = El idioma del equipo
stepper-integration = Integración
stepper-register = Registrar en Zoho
stepper-code = Código de Zoho
stepper-secret = Client Secret
stepper-sign-in = Iniciar sesión
stepper-hand-over = Entregar
stepper-reply = Enviar la respuesta
stepper-done = (completado)
# La lista de valores de un error cuando está vacía (por ejemplo, si no se concedió ningún scope).
none-on-record = ninguno registrado
removed-connection = Se quitó “{ $name }” junto con sus secretos.
copy = Copiar
# La etiqueta del valor que copia un botón Copiar, para lectores de pantalla.
copy-label = Copiar { $label }
copied = ✓ Copiado
# The copy keys off a Mac (on a Mac the app says ⌘C).
copy-keys = Ctrl+C
copy-by-hand = Selecciona el texto y pulsa { $keys }
copied-kept = Se copió { $label }. Se queda en el portapapeles hasta que se copie otra cosa.
copied-clears = Se copió { $label }. El portapapeles se borrará en { $left } s.
copied-cleared = { $label }: se borró del portapapeles (si todavía estaba ahí).
secret-kept-in = •••••••• guardado en { $store }
snippet-code = Código de { $edition }

## Verificar este equipo

check-fine = { $check }: correcto
check-attention = { $check }: requiere atención
check-fix = Qué hacer: { $fix }
checking = Verificando… (como máximo diez segundos)
checks-attention = { $problems ->
        [one] { $problems } punto requiere atención.
       *[other] { $problems } puntos requieren atención.
    }
checks-fine = Todo lo que necesita esta aplicación está en orden.

## El correo que acompaña a una solicitud (texto sin formato: se conservan los saltos de línea)

email-new =
    Hola:

    { $from } te pide que crees un cliente de la API de Zoho para “{ $name }” en la cuenta de Zoho de tu empresa. Solo puede hacerlo un administrador de Zoho; lleva unos cinco minutos, y ninguna contraseña ni ningún secreto viaja por correo.

    1. Instala Zoho Credential Wizard (gratuito): { $downloads }
    2. Abre con él el archivo adjunto { $file }. ¿No hay archivo adjunto? En la aplicación, haz clic en “Abrir una solicitud que te enviaron” y pega el enlace que aparece al final de este correo.
    3. Te llamaremos desde un número que ya conoces y te leeremos la huella digital de la solicitud. Continúa solo si coincide con la que muestra la aplicación; si es distinta, no sigas: la solicitud se modificó por el camino.
    4. Sigue los pasos de la aplicación. Al final crea una respuesta: adjúntala cuando contestes a este correo.

    La solicitud vence el { $expires }.

    El enlace a la solicitud (para el paso 2, solo si no tienes el archivo adjunto):
    { $link }
email-reconnect =
    Hola:

    { $from } te pide que vuelvas a iniciar sesión en Zoho para la conexión “{ $name }”, para que siga funcionando. No se crea nada nuevo, y ninguna contraseña ni ningún secreto viaja por correo.

    1. Instala Zoho Credential Wizard (gratuito): { $downloads }
    2. Abre con él el archivo adjunto { $file }. ¿No hay archivo adjunto? En la aplicación, haz clic en “Abrir una solicitud que te enviaron” y pega el enlace que aparece al final de este correo.
    3. Te llamaremos desde un número que ya conoces y te leeremos la huella digital de la solicitud. Continúa solo si coincide con la que muestra la aplicación; si es distinta, no sigas: la solicitud se modificó por el camino.
    4. Sigue los pasos de la aplicación. Al final crea una respuesta: adjúntala cuando contestes a este correo.

    La solicitud vence el { $expires }.

    El enlace a la solicitud (para el paso 2, solo si no tienes el archivo adjunto):
    { $link }

## Permisos en palabras sencillas (paso 4); junto a cada uno se muestra el nombre de scope de Zoho

scope-crm-modules = Leer y modificar registros (posibles clientes, contactos, tratos…)
scope-crm-settings = Leer y modificar la configuración (campos, diseños)
scope-crm-users = Leer y administrar usuarios
scope-crm-org = Leer y modificar los datos de la organización
scope-crm-coql = Buscar registros con consultas (COQL)
scope-books = Todo en Books
scope-inventory = Todo en Inventory
scope-desk-tickets = Leer y modificar tickets
scope-desk-basic = Leer departamentos y agentes
scope-analytics = Leer y modificar datos
scope-creator-reports = Leer informes
scope-creator-forms = Agregar registros mediante formularios

## Botones comunes y nombres de campo propios de la Zoho API console (la etiqueta de Zoho se deja como la muestra la consola)

show = Mostrar
hide = Ocultar
console-opened = Se abrió { $url } en tu navegador.
console-opened-copy = Se abrió { $url } en tu navegador. ¿No se abrió nada? Copia la dirección en tu navegador:
console-address = dirección de la consola
zoho-client-type = Client type
zoho-client-name = Client Name
zoho-homepage = Homepage URL
zoho-redirect-uri = Authorized Redirect URI
zoho-redirect-uri-numbered = Authorized Redirect URI { $number }

## El Self Client

self-saved = Se guardó “{ $name }” · { $dc } · secreto y tokens en { $store } · ••••{ $last4 }
self-file-warning = Atención: el archivo descargado { $file } todavía contiene el Client Secret como texto sin cifrar, y cualquiera con acceso a este equipo puede leerlo. Elimínalo ahora, salvo que lo necesites en otro lugar.
self-no-file = No se guardó nada en ningún archivo. Si la consola también descargó self_client.json, elimínalo: contiene el secreto sin cifrar.
self-file-deleted = Se eliminó { $path }.
copy-scopes-by-hand = Selecciona los scopes y pulsa { $keys }

## La llamada de prueba después de un inicio de sesión o de una importación

test-call-running = Probando la conexión con una llamada a Zoho…
test-call-reached = Probada: se conectó con { $reached }.
test-call-tokens = Probada: Zoho le da tokens que funcionan (sus permisos no permiten ninguna llamada de prueba).
test-call-failed = La llamada de prueba no funcionó: { $problem }

## Dónde se guardan los secretos, y las integraciones

store-in-keychain = el llavero de este equipo
store-in-encrypted-file = el archivo cifrado
store-in-vault = el almacén compartido (OpenBao/Vault)
store-label-keychain = Llavero
store-label-encrypted-file = Archivo cifrado
store-label-vault = Almacén compartido
template-catalyst = Aplicación de Catalyst
template-hotglue = Hotglue / Optiply
template-custom = Personalizada
template-self-client = Self Client

## La pantalla de conexiones

verdict-working = Funciona
verdict-unreachable = Sin comprobar: no se pudo acceder a Zoho
verdict-rate_limited = Sin comprobar: Zoho pide esperar (límite de frecuencia)
verdict-failed = La comprobación falló
verdict-scope_missing = Falta un permiso
verdict-needs_sign_in = Necesita un nuevo inicio de sesión
verdict-client_rejected = Zoho ya no acepta su secreto
action-sign-in-again = Volver a iniciar sesión
action-ask-customer = Pedir reconexión a la empresa cliente
action-replace-secret = Reemplazar el secreto
# La etiqueta de un botón para lectores de pantalla: la acción y luego la conexión a la que se refiere.
action-for = { $action }: { $name }
status-connected-renews = Conectada · se renueva automáticamente
status-connected = Conectada
status-secret-saved = Secreto guardado
open-connection = Abrir { $name }
store-now-keychain = A partir de ahora, los secretos nuevos se guardan en el llavero de este equipo.
store-now-encrypted-file = A partir de ahora, los secretos nuevos se guardan en el archivo cifrado.
store-now-team = Este equipo se conectó al almacén compartido en { $address } con { $token }; contiene { $count ->
        [one] 1 conexión
       *[other] { $count } conexiones
    }. A partir de ahora, las conexiones nuevas y sus secretos se guardan allí.
token-entered = el token que escribiste
token-variable = el token de la variable { $name }
token-token-file = el token guardado en { $path }
token-app-role = un inicio de sesión de AppRole
damaged-question = ¿Eliminar del almacén compartido el registro “{ $name }”, con su Client Secret y sus tokens, para todos los equipos que usan el almacén compartido? No cambia nada más; después, vuelve a agregar la conexión.
damaged-delete = Eliminar el registro dañado
damaged-offer = Eliminar el registro dañado…
cancel = Cancelar
try-again = Volver a intentarlo

## Paso 1 y paso 3

still-needed = Falta completar: { $fields }.
# Entre los nombres de los campos que faltan.
list-separator = {", "}
correct-fields = Corrige los campos marcados en rojo para continuar.
org-id-taken = ✓ ID de la organización { $org } tomado de la dirección.
field-dc = centro de datos
field-template = integración
field-client-name = nombre del cliente
field-loopback-port = puerto de esta aplicación
field-catalyst-project = nombre del proyecto
field-catalyst-org = ID de la organización
field-catalyst-environment = entorno
field-catalyst-function = nombre de la función
field-catalyst-serve-port = puerto local de catalyst serve
field-hotglue-homepage = URL de la página principal
field-custom-homepage = URL de la página principal
field-custom-redirect-uris = URI de redirección
field-connection-name = nombre de la conexión
field-client-id = Client ID
field-client-secret = Client Secret
field-passphrase = frase de contraseña
field-pasted-address = dirección pegada
field-team-address = dirección del almacén compartido
field-team-mount = montaje KV
field-team-prefix = prefijo
field-team-role-id = role ID de AppRole
field-request-from = quién lo solicita
field-request-expires = vencimiento
next-sign-in-to-zoho = Siguiente: iniciar sesión en Zoho
also-sign-in-here = Iniciar sesión también desde este equipo
skip-to-hand-over = Omitir el inicio de sesión: entregar
next-hand-over = Siguiente: entregar
next-send-reply = Siguiente: enviar la respuesta
skip-to-send-reply = Omitir el inicio de sesión: enviar la respuesta
saving = Guardando…
saved-in = Guardado en { $store } · ••••{ $last4 }
saved-placeholder = ✓ Guardado

## Paso 4: el inicio de sesión

choose-a-permission = Marca al menos un permiso para esta conexión.
# La cuenta atrás mientras la aplicación espera el inicio de sesión: { $time } son minutos:segundos.
time-left = Quedan { $time }
redirect-uri = URI de redirección
sign-in-address = dirección de inicio de sesión
copy-sign-in-address = Copiar la dirección de inicio de sesión
browser-did-not-open = El navegador no se abrió ({ $reason }).
pkce-off = PKCE está desactivado solo para este inicio de sesión. Déjalo activado salvo que Zoho rechace el inicio de sesión con PKCE.

## Los detalles de una conexión

disconnect-question = ¿Desconectar “{ $name }”? Su inicio de sesión se cancela (se revoca) en Zoho y se elimina aquí, así que todos los scripts y servidores que usan esta conexión dejan de funcionar. El Client Secret se conserva, así que puedes volver a iniciar sesión más adelante.
remove-question = ¿Quitar “{ $name }”? Se eliminan su Client Secret y sus tokens, guardados en { $store }, y la conexión desaparece de esta lista. El cliente sigue registrado en Zoho: elimínalo en la Zoho API console si ya no lo necesitas.
remove-question-signed-in = ¿Quitar “{ $name }”? Primero se revoca su inicio de sesión en Zoho; después se eliminan su Client Secret y sus tokens, guardados en { $store }, y la conexión desaparece de esta lista. El cliente sigue registrado en Zoho: elimínalo en la Zoho API console si ya no lo necesitas.
new-secret-saved = ✓ Nuevo secreto guardado en { $store } · ••••{ $last4 }
renamed = ✓ Nuevo nombre: { $name }.
sign-in-to-zoho = Iniciar sesión en Zoho
fact-dc = Centro de datos
fact-client-id = Client ID
fact-integration = Integración
fact-secret-in = Secreto guardado en
fact-signed-in-as = Sesión iniciada como
no-profile-scope = (sin el scope de perfil)
fact-api-domain = Dominio de API
fact-access-until = Token de acceso válido hasta
fact-created = Creada
fact-updated = Actualizada

## Trabajar con una empresa cliente: solicitudes y respuestas

cancel-request = Cancelar la solicitud { $name }
request-form-title = ¿Qué debe crear tu empresa cliente?
reconnect-request-made = Tu solicitud de reconexión está lista para enviar
email-text = el texto del correo
copy-email-text = Copiar el texto del correo
default-scopes = los predeterminados
reply-holds = La respuesta contiene el Client ID y el Client Secret de esta conexión, cifrados para que solo pueda abrirlos la clave de esta solicitud.
reply-holds-sign-in = La respuesta contiene el Client ID, el Client Secret y el inicio de sesión de esta conexión, cifrados para que solo pueda abrirlos la clave de esta solicitud.
reply-saved = ✓ Guardada en { $path }. Adjúntala cuando contestes al correo con el que llegó la solicitud.
reply-copied = ✓ Copiada. Pégala cuando contestes al correo con el que llegó la solicitud.
fingerprint-unknown = desconocida (la solicitud se abrió con una versión anterior)
replaces-sign-in-of = su nuevo inicio de sesión reemplaza al de { $account } guardado aquí
replaces-sign-in = su nuevo inicio de sesión reemplaza al guardado aquí
account-confirmed = (Zoho la confirmó con el inicio de sesión de la respuesta)
account-as-reply-says = (según la respuesta: Zoho no pudo confirmarla, así que compárala con lo que te dijo tu empresa cliente)
account-not-known = desconocida
account-none = ninguna
account-no-profile = (el inicio de sesión no incluía el scope de perfil)
account-no-sign-in = (la respuesta no lleva ningún inicio de sesión: solo el cliente)
confirm-account-and-client = Esta cuenta de Zoho y este cliente son de mi empresa cliente
confirm-client = Este cliente de Zoho es de mi empresa cliente
reply-late = Esta respuesta llegó después de que venciera su solicitud ({ $late }). Cualquiera que viera la solicitud podría haberla respondido: impórtala solo si esperabas esta respuesta de tu empresa cliente.
earlier-revoked = El inicio de sesión anterior se revocó en Zoho.
earlier-gone = El inicio de sesión anterior ya no funcionaba en Zoho.
earlier-not-revoked = Ahora no se pudo revocar el inicio de sesión anterior (no se pudo acceder a Zoho): el administrador de tu empresa cliente puede quitarlo en su cuenta de Zoho, en Connected Apps (aplicaciones conectadas).
reconnected = Se reconectó “{ $name }”: el nuevo inicio de sesión reemplazó al anterior.
secret-regenerated = Su Client Secret se volvió a generar: el nuevo reemplazó al anterior en { $store } · ••••{ $last4 }.
imported = Se importó “{ $name }” · { $dc } · secreto guardado en { $store } · ••••{ $last4 }
request-saved = ✓ Guardada en { $path }.
link-copied = ✓ Enlace copiado. Pégalo en tu correo.
removed-here = Se quitó “{ $name }” de este equipo.

## Por qué un inicio de sesión puede no volver (pantalla de espera del paso 4)

cause-redirect-uri = La URI de redirección registrada en la Zoho API console no es exactamente { $uri } (el mismo puerto, sin barra al final, localhost en lugar de 127.0.0.1). En ese caso, Zoho muestra “Invalid Redirect Uri” en el navegador en lugar de volver. Agrégala al cliente en la consola.
cause-other-data-centre = El cliente está registrado en la consola de otro centro de datos, no en { $console }. Comprueba que la consola que usaste corresponde al centro de datos que elegiste.
cause-other-computer = El navegador está en otro equipo, o no puede llegar a este. Copia la dirección en la que terminó el navegador después de Accept y pégala aquí.
cause-start-again = Vuelve a iniciar sesión y termina el proceso en el navegador.
connected-summary = Conectada como { $account } · { $dc } · { $scopes }
your-zoho-account = tu cuenta de Zoho
dc-changed = Zoho respondió desde el centro de datos { $to }, no desde { $from }; la conexión usa ahora { $to }.

## Notas y avisos junto a un resultado

note-client-id-shape = Esto no parece un Client ID de Zoho (suele ser 1000. seguido de 30 letras mayúsculas y dígitos). Comprueba que copiaste el Client ID completo.
note-client-secret-shape = Esto no parece un Client Secret de Zoho (suele tener 42 letras minúsculas y dígitos). Comprueba que lo copiaste completo.
note-console-unconfirmed = Zoho no ha confirmado la dirección { $console } de la consola de { $dc }. Si no se abre, inicia sesión en { $accounts } y elige API Console desde allí.
note-catalyst-host-assumed = Zoho no documenta el host de Catalyst para el centro de datos { $dc }, así que se supone { $host }. Compara el dominio de la aplicación con la URL de tu aplicación en la consola de Catalyst.
note-production-unconfirmed = Zoho no confirma el dominio de la aplicación en producción (.production.). Compáralo con la URL de tu aplicación en la consola de Catalyst.

## Paso 5: la entrega (los nombres de los valores y luego las formas de cada integración)

value-client-id = Client ID
value-client-secret = Client Secret
value-accounts-server = Servidor de cuentas
value-api-domain = Dominio de API
value-refresh-token = Token de actualización
handover-hotglue-title = Agrega Zoho en Optiply
handover-hotglue-intro = Optiply (a través de hotglue) inicia sesión en Zoho por su cuenta: necesita el Client ID y el Client Secret, no los tokens de esta aplicación.
handover-way-optiply = En el panel de Optiply
handover-step-optiply-add = Abre Settings > Integrations y agrega Zoho como fuente de datos.
handover-step-optiply-paste = Copia el Client ID y el Client Secret con los botones Copiar de esta pantalla y pégalos en Optiply.
handover-step-optiply-consent = Después, Optiply abre por su cuenta la página de Zoho en la que se aceptan los permisos: haz clic allí en Accept (Aceptar). Zoho vuelve entonces a la URI de redirección de hotglue, { $hotglue }, que registraste en el paso 2.
handover-catalyst-title = Entrega las credenciales a tu función de Catalyst
handover-catalyst-intro = La función { $function } canjea los códigos de Zoho por tokens: necesita el Client ID y el Client Secret. La aplicación guarda el token de actualización de cada usuario en su propia tabla del Data Store.
handover-way-environment = Más seguro: como variables de entorno de la función
handover-step-environment-open = En la consola de Catalyst, abre Serverless > Functions > { $function } > Configuration > Environment variables.
handover-step-environment-add = Agrega { $idVar } con el Client ID y { $secretVar } con el Client Secret (para Development y, cuando despliegues, para Production).
handover-step-environment-replace = Reemplaza las constantes del código por estas dos líneas.
handover-way-constants = Como constantes en el código de la función (como hace el tutorial LeadManager)
handover-step-constants-node = Edición de Node.js: en functions/{ $function }/index.js, asigna el Client ID a CLIENTID y el Client Secret a CLIENT_SECRET.
handover-step-constants-python = Edición de Python: en functions/{ $function }/main.py, define CLIENT_ID y CLIENT_SECRET.
handover-step-constants-client = El código web de la aplicación (client/main.js) solo necesita el Client ID.
handover-warning-never-commit = Nunca subas (commit) a un repositorio público un Client Secret escrito en el código de una función: cualquiera que lo lea puede actuar como tu cliente. Si ya ocurrió, vuelve a generar el secreto en la Zoho API console.
handover-custom-title = Usa la conexión desde tus propios scripts
handover-custom-intro = Deja que zcw entregue a tu programa un token de acceso nuevo al iniciarse, en lugar de copiar secretos en su configuración.
handover-way-command-line = Desde la línea de comandos
handover-step-zcw-exec = zcw exec { $name } -- ./your-script lo ejecuta con { $idVar }, { $tokenVar } (válido al menos 5 minutos), { $apiVar }, { $accountsVar } y { $dcVar } solo en su entorno.
handover-step-zcw-token = zcw token { $name } muestra un token de acceso válido, para una petición cada vez.
handover-step-zcw-export = zcw export { $name } --format dotenv muestra los mismos valores para las herramientas que los leen; los secretos, solo si se piden.

## Verificar este equipo: el nombre de cada comprobación, lo que encontró y qué hacer

doctor-check = Comprobación
doctor-stopped = La comprobación se detuvo antes de terminar.
doctor-run-again = Vuelve a ejecutar la comprobación.
doctor-keychain = Llavero
doctor-keychain-ok = El llavero de este equipo responde y está desbloqueado.
doctor-keychain-lost-entry = El llavero de este equipo aceptó una entrada de prueba, pero no la devolvió.
doctor-keychain-unavailable = El llavero de este equipo no está disponible ({ $reason }).
doctor-keychain-locked = El llavero de este equipo está bloqueado o denegó el acceso ({ $reason }).
doctor-keychain-timeout = El llavero de este equipo no respondió en { $seconds ->
        [one] un segundo
       *[other] { $seconds } segundos
    }.
doctor-keychain-failed = { $reason }
doctor-keychain-restart = { $platform ->
        [windows] Reinicia el Administrador de credenciales de Windows, o usa el archivo cifrado.
        [macos] Reinicia tu llavero de inicio de sesión (Acceso a Llaveros), o usa el archivo cifrado.
       *[other] Reinicia tu programa de llavero (GNOME Keyring o KWallet), o usa el archivo cifrado.
    }
doctor-keychain-install = { $platform ->
        [windows] Inicia el Administrador de credenciales de Windows, o usa el archivo cifrado.
        [macos] Inicia tu llavero de inicio de sesión (Acceso a Llaveros), o usa el archivo cifrado.
       *[other] Instala e inicia tu programa de llavero (GNOME Keyring o KWallet), o usa el archivo cifrado.
    }
doctor-keychain-unlock = { $platform ->
        [windows] Desbloquea el Administrador de credenciales de Windows (normalmente basta con iniciar sesión en Windows) y vuelve a verificar.
        [macos] Desbloquea tu llavero de inicio de sesión en Acceso a Llaveros (normalmente basta con iniciar sesión en tu Mac) y vuelve a verificar.
       *[other] Desbloquea tu programa de llavero (GNOME Keyring o KWallet; normalmente basta con entrar en tu sesión de escritorio) y vuelve a verificar.
    }
doctor-keychain-waiting = Puede que esté esperando su contraseña en un cuadro de diálogo: desbloquéalo y vuelve a verificar.
doctor-ports = Puerto de inicio de sesión
doctor-ports-free = El puerto { $ports } de localhost está libre para el inicio de sesión.
doctor-ports-busy = En uso: { $ports }.
doctor-ports-fix = Cierra ese programa antes de iniciar sesión, o asigna otro puerto a la conexión y registra para él http://localhost:PUERTO/callback en la Zoho API console.
doctor-browser = Navegador
doctor-browser-set = $BROWSER indica { $program }, que está instalado.
doctor-browser-missing = $BROWSER indica { $program }, que no se encuentra.
doctor-browser-fix = Asigna a BROWSER un navegador instalado en este equipo, o elimina la variable para usar el navegador predeterminado del escritorio.
doctor-browser-no-xdg-open = xdg-open, que abre el navegador del escritorio, no está instalado.
doctor-browser-install = Instala xdg-utils, o asigna tu navegador a BROWSER. También puedes copiar a mano la dirección de inicio de sesión.
doctor-browser-default = El navegador predeterminado del escritorio abre las direcciones.
doctor-updates = Actualizaciones
doctor-updates-available = Está disponible la versión { $newest }; esta es la { $running }.
doctor-updates-fix = Actualiza la aplicación: con el gestor de paquetes que la instaló (sudo apt update && sudo apt upgrade, o sudo dnf upgrade), o con “Buscar actualizaciones” en la aplicación.
doctor-updates-off = Esta es la versión { $running }. La aplicación no busca nuevas versiones por su cuenta (la opción está desactivada en la aplicación).
doctor-updates-current = Esta es la versión { $running }, la más reciente que encontró la aplicación la última vez que buscó.
doctor-updates-not-yet = Esta es la versión { $running }. La aplicación todavía no ha buscado una más reciente.
doctor-folder = Carpeta de ajustes
doctor-folder-private = { $path } es privada: solo tú tienes acceso.
doctor-folder-other-owner = { $path } pertenece a otro usuario.
doctor-folder-open = Otros usuarios tienen acceso a { $path } (modo { $mode }).
doctor-folder-files-open = Otros usuarios tienen acceso a { $files } en { $path }.
doctor-folder-narrowed = La aplicación la restringe a tu usuario la próxima vez que guarde; o define ZCW_CONFIG_DIR con una carpeta tuya.
doctor-folder-unreadable = { $reason }
doctor-folder-own = Define ZCW_CONFIG_DIR con una carpeta tuya.
doctor-server = Zoho { $dc } ({ $host })
doctor-server-override = Servidor de cuentas { $host }
doctor-server-fix = Comprueba el acceso a internet, el proxy o el cortafuegos.
doctor-server-silent = No respondió en { $seconds ->
        [one] un segundo
       *[other] { $seconds } segundos
    }.
doctor-server-unreachable = No se puede acceder: { $reason }.
doctor-clock-off = Accesible, pero el reloj de este equipo difiere { $offset } s del de Zoho.
doctor-clock-fix = Pon el reloj en hora (activa la hora automática): los códigos y los tokens de Zoho fallan cuando el reloj va desfasado varios minutos.
doctor-clock-agrees = Accesible; el reloj coincide (diferencia de { $offset } s).
doctor-reachable = Accesible.

## Solicitudes enviadas a empresas cliente, tal como las muestra la pantalla de conexiones

request-waiting = Esperando la respuesta · vence { $expires }
request-expired = Venció { $expires }, sin respuesta importada
request-answered = Respondida { $when }
disconnected-revoked = Zoho revocó el inicio de sesión de “{ $name }” (su token de actualización y los tokens de acceso creados con él).
disconnected-alreadyRevoked = Zoho ya había dado por terminado el inicio de sesión de “{ $name }”.
disconnected-localOnly = Los tokens de “{ $name }” se eliminaron solo aquí: es posible que Zoho todavía los acepte. Revoca a mano el inicio de sesión en tu cuenta de Zoho, en Connected apps (aplicaciones conectadas).
disconnected-notSignedIn = “{ $name }” no tenía ningún inicio de sesión que revocar.

## Los nombres de función del tutorial de Catalyst, por edición (paso 1)

edition-crm_crud = Ediciones de Node.js y Java
edition-lead_manager_function = Edición de Python

# Errores: cada uno dice qué pasó y luego qué hacer


## reached

reached-crm-org = Organización de CRM { $org }
reached-crm-user = Usuario de CRM { $email }
reached-crm-leads = Módulo Leads de CRM
reached-crm-no-leads = Módulo Leads de CRM (aún sin leads)
reached-zoho-account = Cuenta de Zoho { $email }


## Lo que falla en un valor que nombra un error: cada mensaje completa la frase de su error.
## Después de «La dirección del almacén compartido “…” no sirve:» o de «ZCW_… vale “…”, y ese valor no sirve:»
flaw-address-empty = está en blanco; indica la dirección del servidor, por ejemplo https://vault.example.com:8200
flaw-address-not-web = no es una dirección web
flaw-address-has-path = incluye una ruta; indica solo la dirección del servidor
flaw-address-unencrypted = enviaría los secretos sin cifrar a otro equipo; usa https://
flaw-address-other-scheme = no usa https:// ni es una dirección http:// de este mismo equipo
flaw-address-has-credentials = contiene un nombre de usuario o una contraseña
## Después de «Esta solicitud no se puede abrir:»
flaw-sender-empty = el nombre de quien la envió está vacío
flaw-sender-spaced = el nombre de quien la envió tiene espacios al principio o al final, o espacios dobles
flaw-sender-too-long = el nombre de quien la envió tiene más de { $max } caracteres
flaw-sender-like-code = el nombre de quien la envió contiene un código con forma de huella digital
flaw-sender-hidden-characters = el nombre de quien la envió contiene caracteres que podrían ocultar o reordenar lo que aparece en la pantalla (caracteres de control o de formato) u otros símbolos no permitidos
## Dentro de «La dirección pegada no es la que devuelve Zoho al iniciar sesión en esta conexión (…)»
flaw-pasted-not-web = no es una dirección web
flaw-pasted-no-redirect-uri = esta conexión no tiene una URI de redirección válida
flaw-pasted-elsewhere = lleva a otro sitio
flaw-pasted-other-attempt = corresponde a otro intento de inicio de sesión
flaw-pasted-repeated = el parámetro { $part } aparece más de una vez
flaw-pasted-no-code = no incluye el código de inicio de sesión
## Después de «La respuesta para “…” contiene un valor que no se puede usar:» o de «El registro … del almacén compartido está dañado:»
flaw-other-connection = corresponde a otra conexión, no a “{ $name }”
flaw-name-not-allowed = el nombre de la conexión no está permitido
flaw-client-id-unusable = el Client ID no tiene la forma de los que genera Zoho
flaw-client-secret-unusable = el Client Secret no tiene la forma de los que genera Zoho
flaw-other-client = es para otro cliente, no para el que usa la conexión
flaw-unknown-data-centre = su centro de datos no existe en Zoho
flaw-other-data-centre = el cliente está en el centro de datos { $dc }, y la solicitud pedía { $asked }
flaw-registration-invalid = lo que la solicitud pide registrar no es válido en el centro de datos de la respuesta ({ $field ->
        [none] uno de los valores
       *[other] el campo { $field }
    })
flaw-no-sign-in = no incluye ningún inicio de sesión, y la solicitud pedía uno
flaw-untrusted-accounts-server = su servidor de cuentas no es un servidor de cuentas de Zoho de confianza
flaw-accounts-server-elsewhere = su servidor de cuentas es el del centro de datos { $other }, no el de { $dc }
flaw-api-domain-elsewhere = su dominio de API no es el del centro de datos { $dc } ({ $expected })
flaw-scopes-not-zohos = sus scopes no son nombres de scope de Zoho
flaw-account-not-address = la cuenta con la que se inició sesión no es una dirección de correo
flaw-connection-gone = la conexión que debía reconectar ya no está aquí
flaw-client-changed = la conexión de aquí ahora usa otro cliente
flaw-data-centre-changed = la conexión de aquí pasó a otro centro de datos después de crearse la solicitud
flaw-signed-in-since = aquí se volvió a iniciar sesión en la conexión después de crearse la solicitud
flaw-account-unnamed = Zoho no indica de qué cuenta es su inicio de sesión, y la solicitud pedía saberlo
flaw-account-not-zohos = la cuenta que indica no es la que, según Zoho, inició sesión ({ $zoho })
flaw-other-account = se inició sesión con una cuenta de Zoho distinta de la de la conexión ({ $earlier })
flaw-account-unknown = Zoho no indica qué cuenta inició sesión, y la de la conexión era { $earlier }
flaw-kept-under-another = indica una conexión distinta de “{ $key }”, el nombre con el que está guardado
flaw-port-unusable = su puerto local (loopback) no es válido
flaw-redirect-uri-unusable = una de sus URI de redirección no es válida
flaw-homepage-unusable = la URL de su página principal no es válida
flaw-client-name-not-allowed = el nombre del cliente no está permitido
flaw-signed-in-at-unknown = el centro de datos en el que se inició sesión no existe en Zoho
flaw-request-unusable = la solicitud de la que proviene la conexión no se puede usar

## Lo que se hizo en nombre de la persona, encima de la lista de conexiones
notice-cached-token-replaced = El token de acceso que se guardó para “{ $name }” no podía venir de Zoho (su vencimiento, las horas de renovación o el dominio de API no eran correctos), así que se reemplazó por uno nuevo.
notice-token-not-kept = No se pudo guardar el nuevo token de acceso de “{ $name }” para la próxima llamada. Se usó solo esta vez; revisa el almacén donde se guardan sus secretos.
notice-request-removed = La solicitud “{ $name }” venció { $when } sin respuesta: se eliminó junto con su clave, así que ya no se puede abrir ninguna respuesta a ella. Crea una solicitud nueva si todavía la necesitas.

## why

why-never-connected = nunca se ha conectado
why-refresh-token-missing = falta su refresh token
why-refresh-token-refused = Zoho ya no acepta su refresh token (revocado o desplazado por inicios de sesión más recientes: Zoho guarda como máximo 20 por usuario)
why-disconnected-during-refresh = se desconectó mientras se renovaba su access token
why-disconnected = se desconectó
why-no-refresh-token = no tiene refresh token

## InputError

error-unknown_data_centre = El centro de datos “{ $given }” no existe. Elige uno de estos: { $known }.
# Un nombre de cliente: solo letras, dígitos, espacios, _ y & (sin guion ni apóstrofo).
suggested-client-name = Mi cliente de Zoho
error-client_name_empty = Escribe un nombre de cliente; por ejemplo, { $example }.
error-client_name_invalid_chars = El nombre del cliente contiene { $chars }. Zoho solo admite letras, dígitos, espacios, _ y &.
error-port_empty = Escribe un número de puerto (de { $min } a { $max }).
error-port_not_number = “{ $given }” no es un número de puerto. Escribe un número entero de { $min } a { $max }.
error-port_out_of_range = El puerto { $value } está fuera del rango permitido. Usa un puerto de { $min } a { $max }.
error-ports_clash = El puerto { $port } es también el puerto local de catalyst serve. Elige otro puerto para la dirección local (loopback) de esta aplicación.
error-project_name_empty = Escribe el nombre del proyecto de Catalyst, tal como aparece en la consola de Catalyst (por ejemplo, LeadManager).
error-project_name_invalid_chars = El nombre del proyecto contiene { $chars }. Usa solo letras y dígitos (los espacios se quitan y las mayúsculas pasan a minúsculas).
error-org_id_empty = Escribe el ID de la organización: el número que va después de /baas/ en la dirección de tu consola de Catalyst, o pega esa dirección completa.
error-org_id_not_numeric = El ID de la organización “{ $given }” no es un número. Copia los dígitos que van después de /baas/ en la dirección de tu consola de Catalyst, o pega esa dirección completa.
error-org_id_not_in_url = Esta dirección no contiene ningún ID de organización. Abre tu proyecto en la consola de Catalyst y copia la dirección de la barra de direcciones del navegador (contiene /baas/ seguido de dígitos).
error-unknown_environment = El entorno “{ $given }” no existe. Elige desarrollo (development) o producción (production).
error-function_name_empty = Escribe el nombre de la función (crm_crud para las ediciones de Node.js y Java, lead_manager_function para Python).
error-function_name_invalid_chars = El nombre de la función contiene { $chars }. Usa solo letras, dígitos, _ y -.
error-url_empty = Escribe una dirección que empiece por https://.
error-url_malformed = “{ $given }” no es una dirección web completa ({ $reason }). Escríbela con esta forma: https://example.com/...
error-url_not_https = “{ $given }” debe empezar por https:// (http:// sin cifrar solo se acepta para localhost).
error-url_loopback_ip = Zoho rechaza 127.0.0.1 y [::1] en las URI de redirección. Escribe “{ $suggestion }” en su lugar.
error-url_has_query_or_fragment = “{ $given }” tiene una consulta (?...) o un fragmento (#...). Quita todo lo que va desde el ? o el # hasta el final.
error-url_has_credentials = “{ $given }” contiene un nombre de usuario o una contraseña. Quita la parte que va antes de la @.
error-connection_name_empty = Escribe un nombre para esta conexión; por ejemplo, LeadManagerApp.
error-connection_name_invalid_chars = El nombre de la conexión contiene { $chars }. Usa solo letras, dígitos, espacios, _, . y -.
error-connection_name_too_long = El nombre de la conexión es demasiado largo. Usa como máximo { $max } caracteres.
error-connection_exists = Ya existe una conexión llamada “{ $name }”. Elige otro nombre, o abre esa conexión para reemplazar su secreto.
error-connection_not_found = No hay ninguna conexión llamada “{ $name }”.
error-client_id_empty = Pega el Client ID que mostró Zoho después de que hicieras clic en Create.
error-client_id_looks_like_secret = Esto parece el Client Secret, no el Client ID. Pégalo en el campo Client Secret y copia en este el Client ID (empieza por 1000.).
error-client_id_has_spaces = El Client ID contiene espacios. Vuelve a copiarlo desde la Zoho API console, sin nada alrededor.
error-client_secret_empty = Pega el Client Secret que mostró Zoho después de que hicieras clic en Create.
error-client_secret_looks_like_id = Esto parece el Client ID (empieza por 1000.), no el Client Secret. Pega aquí el Client Secret: en la Zoho API console aparece debajo del Client ID.
error-passphrase_too_short = La frase de contraseña es demasiado corta. Usa al menos { $min } caracteres; lo ideal son unas cuantas palabras sin relación entre sí.
error-passphrase_mismatch = Las dos frases de contraseña no coinciden. Escribe la misma frase de contraseña las dos veces.
error-wrong_passphrase = La frase de contraseña del archivo cifrado no es correcta: no es la que se eligió al crear el archivo.
error-server_url_rejected = { $variable } vale “{ $value }”, y ese valor no sirve: { $reason }. Dale como valor una dirección https://, o http:// solo en este equipo (127.0.0.1, [::1] o localhost), o elimina la variable.
error-account_changed = Se inició sesión como { $now }, pero esta conexión tenía la sesión iniciada como { $previous }. El nuevo inicio de sesión no se conservó, y sus tokens se revocaron.
error-team_address_rejected = La dirección del almacén compartido “{ $value }” no sirve: { $reason }.
error-team_path_invalid = El campo { $field } (“{ $value }”) no es una ruta del almacén compartido. Usa letras, dígitos, _, - y ., con / entre las partes.
error-team_app_role_incomplete = Un AppRole necesita tanto su role ID como el archivo que contiene su secret ID. Indica los dos, o ninguno para usar un token.
error-connection_name_dots = El nombre de una conexión no puede tener solo puntos. Usa también letras o dígitos.
error-requester_empty = Escribe quién solicita las credenciales, tal como te conoce el administrador de la empresa cliente (por ejemplo, Acme Integrations).
error-requester_invalid_chars = El campo Quién lo solicita contiene { $chars }. Usa solo letras, dígitos, espacios y signos de puntuación sencillos (. , - ' & ( ) / @ + _ : ! ? #).
error-requester_too_long = El campo Quién lo solicita es demasiado largo. Usa como máximo { $max } caracteres.
error-requester_looks_like_code = El campo Quién lo solicita contiene un código con forma de huella digital (grupos de cuatro letras o dígitos, como ABCD-1234). Escribe solo el nombre: la aplicación del administrador ya muestra por sí sola la huella digital de la solicitud, y nada de lo que diga la solicitud puede parecerse a una.
error-request_name_looks_like_code = El nombre de conexión de una solicitud no puede tener forma de huella digital (grupos de cuatro letras o dígitos, como ABCD-1234): el administrador compara la huella digital que muestra su aplicación. Elige otro nombre.
error-request_lifetime_out_of_range = Una solicitud no puede durar { $given }. Elige entre { $min } y { $max }.
error-pasted_address_invalid = La dirección pegada no es la que devuelve Zoho al iniciar sesión en esta conexión ({ $reason }). Pega la dirección completa de la barra de direcciones del navegador después de que Zoho te haya devuelto a ella (empieza por { $expected }).

## StoreError

error-read_back_mismatch = Al volver a leer el secreto en { $store }, no coincidía con el que se escribió, así que no se guardó. Vuelve a intentar guardarlo.
error-secret_missing = El Client Secret de “{ $name }” no está en { $store }.

## FileError

error-config_dir_unknown = No se encuentra ninguna carpeta para los ajustes: no se conoce ninguna carpeta personal. Define ZCW_CONFIG_DIR con una carpeta en la que esta aplicación pueda escribir.
error-cannot_write = No se puede escribir { $path }. Comprueba que la carpeta existe y que se puede escribir en ella, o define ZCW_CONFIG_DIR con otra carpeta.
error-cannot_read = No se puede leer { $path }. Comprueba que existe y que tienes permiso para leerlo.
error-not_a_regular_file = { $path } no es un archivo (es una carpeta, una canalización o un dispositivo), así que no se leyó. Elige el archivo en sí.
error-too_large = { $path } ocupa más de { $max_kib } KiB, mucho más que el archivo que debería ser, así que no se leyó. Elige el archivo correcto.
error-not_text = { $path } no contiene texto, así que no es el archivo que debería ser. Elige el archivo correcto.
error-not_yours = La carpeta { $path } pertenece a otro usuario, así que esta aplicación no guardará allí sus archivos. Usa una carpeta tuya (define ZCW_CONFIG_DIR) o devuelve esta carpeta a tu usuario.
error-draft_corrupt = No se pudo leer el borrador guardado del asistente, así que se movió a { $moved_to } y el asistente empieza de cero. Vuelve a completar los pasos; el borrador antiguo se queda allí por si necesitas algún valor.
error-connections_corrupt = No se pudo leer el archivo de conexiones. Se movió a { $moved_to } para que no se pierda nada, y la lista empieza ahora vacía. Si puedes, restáuralo desde allí.
error-connections_from_newer_version = El archivo de conexiones { $path } lo escribió una versión más reciente de esta aplicación (esquema { $version }). Actualiza Zoho Credential Wizard para usarlo.

## BrowserError

error-launch_failed = No se pudo abrir el navegador. Copia la dirección { $url } en tu navegador.
error-untrusted_url = Esta aplicación no abre { $url }: no es la Zoho API console de un centro de datos conocido. No se abrió nada. Usa el botón Abrir la Zoho API console, que abre la consola del centro de datos que elegiste.

## ClipboardError

error-unavailable = Aquí no se puede usar el portapapeles. Copiar requiere una sesión de escritorio: ejecuta esto donde vayas a pegar.

## SignInError

error-port_in_use = El puerto { $port } ya está en uso en este equipo, así que el inicio de sesión no puede volver a esta aplicación. Cierra el programa que lo usa y vuelve a intentarlo, o elige otro puerto para esta conexión y registra para él http://localhost:PUERTO/callback en la Zoho API console.
error-port_permission_denied = Este equipo no permite escuchar en el puerto { $port } (en Windows, el puerto puede estar en un rango reservado). Elige otro puerto para esta conexión y registra para él http://localhost:PUERTO/callback en la Zoho API console.
error-listener_failed = Esta aplicación no pudo escuchar en el puerto { $port } para el inicio de sesión. Cierra el programa que lo usa y vuelve a intentarlo, o elige otro puerto para esta conexión y registra para él http://localhost:PUERTO/callback en la Zoho API console.
error-timed_out = Zoho no devolvió nada en { $seconds ->
        [one] un segundo
       *[other] { $seconds } segundos
    }. { $causes }
error-cancelled = Se canceló el inicio de sesión. Vuelve a empezarlo cuando quieras.
error-declined = Rechazaste el acceso en Zoho, así que no se emitió ningún token. Vuelve a iniciar sesión y haz clic en Accept en Zoho.
error-untrusted_accounts_server = Lo que devolvió Zoho indica { $server } como servidor de cuentas, y no es un servidor de cuentas de Zoho conocido. No se le envió nada. Vuelve a iniciar sesión; si vuelve a pasar, es posible que alguien esté manipulando el inicio de sesión.
error-not_started = No hay ningún inicio de sesión en curso. Vuelve a iniciar sesión.
error-discarded = El nuevo inicio de sesión se canceló en Zoho y sus tokens se eliminaron; la conexión sigue con la sesión iniciada como { $previous }. Si al final quieres usar la otra cuenta, vuelve a iniciar sesión y cambia a ella.
error-revoke_unreachable = No se pudo acceder a Zoho para revocar el inicio de sesión de “{ $name }”, así que no se eliminó nada. También puedes revocarlo a mano: en tu cuenta de Zoho, abre Connected apps (aplicaciones conectadas) y quita este cliente.
error-needs_sign_in = “{ $name }” no tiene un inicio de sesión que funcione: { $why }.

## ZohoError

error-invalid_client = Zoho rechazó el cliente: el Client Secret no es correcto, o este cliente está registrado en otro centro de datos. Comprueba el centro de datos, reemplaza el secreto si lo volviste a generar y vuelve a intentarlo.
error-invalid_client_secret = Zoho dice que el Client Secret no es correcto. Vuelve a copiarlo desde la Zoho API console (o vuelve a generarlo) y reemplázalo.
error-invalid_code = El código de inicio de sesión venció o ya se usó (los códigos duran de 1 a 2 minutos). Vuelve a iniciar sesión.
error-invalid_redirect_uri = Zoho dice que la URI de redirección no coincide con la registrada. Registra { $uri } exactamente así (el mismo puerto, sin barra al final) en la Zoho API console.
error-rate_limited = Zoho está limitando la frecuencia de este cliente (demasiadas peticiones). Espera unos minutos y vuelve a intentarlo.
error-access_denied = Zoho denegó el acceso: hay demasiados inicios de sesión para este cliente, o se rechazó el acceso. Espera unos minutos y vuelve a iniciar sesión.
error-unexpected = Zoho devolvió un error que esta aplicación no conoce. Vuelve a intentarlo; si se repite, revisa el cliente en la Zoho API console.
error-bad_response = No se pudo entender lo que devolvió Zoho. Vuelve a intentarlo en unos minutos; si se repite, puede que Zoho esté cambiando algo por su parte.
error-token_rate_limited = Zoho permite como máximo 10 tokens de acceso nuevos cada 10 minutos por conexión, y “{ $name }” ya los usó. Vuelve a intentarlo dentro de { $wait_secs ->
        [one] un segundo
       *[other] { $wait_secs } segundos
    }.

## NetworkError

error-timeout = Zoho no respondió en { $seconds ->
        [one] un segundo
       *[other] { $seconds } segundos
    }. Comprueba el acceso a internet (y el proxy, si usas uno) y vuelve a intentarlo.
error-unreachable = No se pudo acceder a Zoho. Comprueba el acceso a internet (y el proxy, si usas uno) y vuelve a intentarlo.

## Error


## KeychainError

error-keychain_unavailable = El llavero de este equipo no está disponible. Instala e inicia un programa de llavero, como GNOME Keyring o KWallet, desbloquéalo y vuelve a intentarlo. No se guardó nada.
error-keychain_locked = El llavero de este equipo está bloqueado o denegó el acceso. Desbloquéalo (entra en tu sesión de escritorio, o desbloquea el llavero en tu programa de llavero) y vuelve a intentarlo. No se guardó nada.
error-keychain_timeout = El llavero de este equipo no respondió en { $seconds ->
        [one] un segundo
       *[other] { $seconds } segundos
    }. Puede que esté bloqueado y esperando su contraseña en un cuadro de diálogo: desbloquéalo y vuelve a intentarlo. Es posible que el llavero termine el cambio más tarde; el próximo cambio en tus conexiones lo comprobará y lo dejará todo en orden.
error-keychain_too_long = El { $what ->
        [secret] secreto
       *[name] nombre de la entrada
    } es más largo de lo que admite el llavero de este equipo (como máximo { $limit } bytes), así que no se guardó.
error-keychain_failure = El llavero de este equipo falló. Vuelve a intentarlo; si sigue fallando, reinicia tu programa de llavero.

## FileStoreError

error-file_store_missing = El archivo cifrado { $path } todavía no existe.
error-file_store_corrupt = No se puede leer el archivo cifrado { $path }: está dañado o no es un archivo cifrado de esta aplicación. Restáuralo desde una copia de seguridad, o muévelo a otro lugar y vuelve a guardar los secretos.
error-file_store_key_mismatch = El archivo cifrado { $path } no se creó con la clave de { $key }: los dos archivos pertenecen a almacenes distintos. No se cambió nada. Vuelve a poner el archivo de clave que estaba junto a este almacén (de la misma copia de seguridad; un archivo de clave apartado antes se conserva a su lado, con un nombre que termina en .unused), o mueve los dos a otro lugar y vuelve a guardar los secretos. Si el almacén se mantiene desbloqueado en segundo plano, bloquéalo y vuelve a desbloquearlo.
error-file_store_key_damaged = El archivo de clave { $key } del archivo cifrado está dañado. No se cambió nada. Restáuralo desde la misma copia de seguridad que { $path }; sin él, el almacén no se puede abrir.
error-file_store_too_much_work = Abrir { $path } con su frase de contraseña requiere más trabajo (scrypt 2^{ $required }) del que permite este equipo (hasta 2^{ $allowed }): la frase de contraseña se definió en un equipo mucho más rápido, o no la definió esta aplicación. No se cambió nada. Abre el almacén en el equipo donde se definió la frase de contraseña y define allí una nueva.
error-file_store_key_missing = Falta la clave del archivo cifrado { $path }: su frase de contraseña abre el archivo de clave que está a su lado, { $key }, y ese archivo no está. No se cambió nada. Restaura el archivo de clave desde la misma copia de seguridad que el almacén.
error-passphrase_needed = Los secretos se guardan en el archivo cifrado, que necesita su frase de contraseña.
error-agent = Falló el agente que mantiene desbloqueado el archivo cifrado.
error-agent_outdated = El agente que mantiene desbloqueado el archivo cifrado lo inició otra versión de este programa (protocolo { $found }; esta usa { $expected }), como ocurre después de una actualización.
error-agent_running = Ya hay un agente en ejecución (su socket es { $path }).

## TeamError

error-team_unreachable = No se puede acceder al almacén compartido en { $address }. Comprueba la dirección y que el servidor esté en marcha, y vuelve a intentarlo. No se cambió nada.
error-team_quorum_lost = El clúster del almacén compartido ({ $addresses }) no tiene ningún nodo activo: { $down } de sus { $nodes } nodos no responden, así que perdió el quórum (la mayoría debe estar en marcha). Inicia los nodos detenidos y vuelve a intentarlo. No se cambió nada.
error-team_no_active_node = El clúster del almacén compartido ({ $addresses }) no encontró ningún nodo activo en { $seconds ->
        [one] un segundo
       *[other] { $seconds } segundos
    } (una elección que no termina). Revisa el estado del clúster y vuelve a intentarlo. No se cambió nada.
error-team_sealed = El almacén compartido en { $address } está sellado. Pide a quien lo opera que lo desselle (bao operator unseal o vault operator unseal) y vuelve a intentarlo. No se cambió nada.
error-team_token_missing = No hay ningún token para el almacén compartido. Define VAULT_TOKEN (o BAO_TOKEN), o inicia sesión con bao login o vault login (guardan el token en ~/.vault-token); en un servidor, indica un AppRole (role ID y archivo del secret ID).
error-team_token_rejected = El almacén compartido en { $address } rechazó el token: venció o se revocó. Consigue uno nuevo (bao login, vault login o un nuevo secret ID de AppRole) y vuelve a intentarlo. No se cambió nada.
error-team_permission_denied = El token del almacén compartido no puede { $capability ->
        [read] leer
        [list] listar
        [create] crear
        [delete] eliminar
       *[update] modificar
    } “{ $path }”. Su política necesita la capacidad “{ $capability }” en esa ruta (consulta la sección Teams and servers del README). No se cambió nada.
error-team_app_role_refused = El almacén compartido rechazó el inicio de sesión de AppRole. Comprueba el role ID y que el secret ID de su archivo esté vigente.
error-team_secret_id_file = No se puede leer el archivo del secret ID de AppRole { $path }. Comprueba que existe y que este usuario puede leerlo.
error-team_ca_cert = No se puede usar el certificado de la CA del almacén compartido { $path }. Indica un archivo PEM con la CA que firmó el certificado del servidor.
error-team_answer = El almacén compartido en { $address } rechazó la petición (HTTP { $status }). No se cambió nada. Vuelve a intentarlo; si se repite, muestra los detalles a quien administra el almacén compartido.
error-team_record_unreadable = El registro { $path } del almacén compartido no tiene la forma que escribe esta aplicación. Alguien lo cambió a mano: corrígelo o elimínalo.
error-team_record_damaged = El registro { $path } del almacén compartido está dañado: { $problem }. No se usa. Corrígelo, o elimínalo y vuelve a agregar la conexión.
error-team_conflict = El registro { $path } del almacén compartido no dejaba de cambiar mientras trabajábamos con él (otras máquinas estaban escribiendo). Vuelve a intentarlo en un momento.
error-team_refresh_stuck = Otra máquina lleva { $seconds ->
        [one] un segundo
       *[other] { $seconds } segundos
    } renovando el token de acceso de “{ $name }” sin terminar. Vuelve a intentarlo en un minuto; si sigue pasando, revisa esa máquina.
error-team_not_set_up = No hay ningún almacén compartido configurado en este equipo.

## ApiError

error-other_host = { $given } no está en el dominio de API de “{ $name }”, { $domain }: su token no se envía a ningún otro sitio, así que no se envió nada. Indica una ruta como /crm/v8/org, o una dirección en { $domain }.
error-bad_target = “{ $given }” no es una ruta ni una dirección de API. Indica una ruta como /crm/v8/org.
error-bad_header = No se puede enviar el encabezado “{ $name }”: un encabezado tiene la forma Nombre: valor, con el nombre formado por letras, dígitos y -, y el valor en una sola línea en ASCII simple. Corrígelo y vuelve a intentarlo.
error-header_refused = El encabezado { $header } lo define la propia conexión y no se puede indicar. Quítalo y vuelve a intentarlo.
error-no_api_domain = “{ $name }” no tiene ningún dominio de API registrado y su centro de datos no indica ninguno, así que su token no puede ir a ninguna parte. Vuelve a iniciar sesión para que Zoho lo indique.
error-token_refused = Zoho rechazó el token de acceso de “{ $name }” (INVALID_TOKEN), otra vez justo después de crear uno nuevo: el inicio de sesión se revocó o ya no es válido.
error-scope_missing = { $needs ->
        [none] El token de acceso de “{ $name }” funciona, pero sus scopes no cubren esta llamada (Zoho respondió OAUTH_SCOPE_MISMATCH). Scopes que incluye el inicio de sesión: { $granted }. La documentación de Zoho sobre esta llamada indica qué scope necesita.
       *[other] El token de acceso de “{ $name }” funciona, pero sus scopes no cubren esta llamada (Zoho respondió OAUTH_SCOPE_MISMATCH): necesita { $needs }. Scopes que incluye el inicio de sesión: { $granted }.
    }
error-api_rate_limited = Se alcanzó el límite de frecuencia de la API de Zoho para “{ $name }” (HTTP 429): por ahora no se envía nada más. Espera un minuto y vuelve a intentarlo.

## OnboardingError

error-request_unreadable = Esto no es una solicitud de credenciales de Zoho Credential Wizard. Pide a quien la envió que vuelva a enviarte el archivo de solicitud o su enlace.
error-feed_unreachable = No se pudo acceder a la fuente de actualizaciones en { $address }, así que la aplicación no pudo buscar una nueva versión. Comprueba el acceso a internet y vuelve a intentarlo más tarde; la aplicación no se modificó.
error-feed_unreadable = Lo que devolvió la fuente de actualizaciones no está en un formato que esta aplicación pueda leer, así que no se ofreció ninguna actualización. Vuelve a intentarlo más tarde; la aplicación no se modificó.
error-signature_refused = La actualización descargada no lleva una firma digital válida del editor de la aplicación, así que no se instaló. La aplicación no se modificó. Vuelve a intentarlo más tarde; si vuelve a pasar, descarga la aplicación desde su página de versiones (Releases) y compruébala como indica el README.
error-download_failed = No se pudo descargar la actualización. Vuelve a intentarlo más tarde; la aplicación no se modificó.
error-install_failed = No se pudo instalar la actualización; la aplicación no se modificó. Vuelve a intentarlo, o descarga la nueva versión desde la página de versiones (Releases) de la aplicación.
error-nothing_to_install = No hay ninguna actualización esperando a instalarse. Primero haz clic en “Buscar actualizaciones”.
error-offer_changed = La fuente de actualizaciones ofrece ahora la versión { $now }, no la { $offered } que aceptaste, así que no se instaló nada. Vuelve a hacer clic en “Buscar actualizaciones”.
error-request_from_newer_app = Esta solicitud se creó con una versión más reciente de Zoho Credential Wizard: usa la versión { $version } del formato, que esta versión de la aplicación no puede leer. Actualiza la aplicación y vuelve a abrir la solicitud; no se creó nada.
error-request_expired = La solicitud de { $from } ya venció ({ $when }). Pide a { $from } una solicitud nueva; no se envió nada.
error-requester_refused = La aplicación no muestra quién envió esta solicitud: { $why }. Solo muestra nombres que no pueden disfrazar lo que aparece en la pantalla. No se creó nada. Pide a quien la envió que cree una solicitud nueva con Zoho Credential Wizard.
error-request_from_the_future = Según el reloj de este equipo, esta solicitud dice haberse creado en el futuro ({ $when }). Comprueba la fecha y la hora de este equipo; si son correctas, pide a quien la envió una solicitud nueva. No se creó nada.
error-fingerprint_mismatch = La huella digital no coincide con la de esta solicitud, así que puede que la solicitud se haya modificado por el camino (que se haya cambiado su clave). No se guardó nada. Llama a quien la envió a un número que ya conozcas y pídele que te lea la huella digital que su aplicación muestra para esta solicitud; si sigue sin coincidir, pide una solicitud nueva.
error-not_from_request = “{ $name }” no se creó a partir de una solicitud de credenciales, así que no hay nadie a quien enviar una respuesta. Abre la solicitud que te enviaron y crea la conexión a partir de ella.
error-sign_in_first = { $from } pidió una conexión con la sesión iniciada, y “{ $name }” todavía no la tiene. Primero inicia sesión en Zoho para esa conexión y luego envía la respuesta.
error-no_such_request = No hay ninguna solicitud pendiente llamada “{ $name }” en el almacén activo de este equipo. Comprueba el nombre en la lista de solicitudes (una solicitud cancelada no se puede responder).
error-request_exists = Ya hay una solicitud llamada “{ $name }” esperando su respuesta. Cancélala primero o elige otro nombre.
error-already_answered = La respuesta a “{ $name }” ya se importó ({ $when }); su clave ya no existe, así que una respuesta no se puede importar dos veces. La conexión “{ $name }” contiene lo que trajo.
error-reply_unreadable = Esta respuesta no se puede abrir con la clave de ninguna de las solicitudes pendientes aquí. Se modificó por el camino, o responde a una solicitud que se canceló o que se creó en el almacén de otro equipo. No se cambió nada. Pide a quien la envió que vuelva a guardar la respuesta y te envíe el archivo tal cual.
error-reply_from_newer_app = Esta respuesta se creó con una versión más reciente de Zoho Credential Wizard: usa la versión { $version } del formato, que esta versión de la aplicación no puede leer. Actualiza la aplicación y vuelve a importar la respuesta; no se cambió nada.
error-reply_for_another_request = Esta respuesta corresponde a otra solicitud, no a “{ $name }” (solicitud { $expected }). Impórtala con la solicitud a la que responde; no se cambió nada.
error-reply_late = La respuesta para “{ $name }” llegó después de que venciera su solicitud ({ $when }), así que no se importó. Cualquiera que viera la solicitud podría haberla respondido; impórtala solo si esperabas esta respuesta de tu empresa cliente.
error-reply_invalid = La respuesta para “{ $name }” contiene un valor que no se puede usar: { $reason }. Pide a quien la envió que revise la conexión y envíe una respuesta nueva; no se cambió nada.
error-reconnect_self_client = “{ $name }” es un Self Client: pertenece a la cuenta que lo creó, así que ninguna empresa cliente puede reconectarlo. Genera un nuevo código de Self Client en la Zoho API console y vuelve a importar su archivo.
error-reconnect_other_client = Esta solicitud te pide que vuelvas a iniciar sesión en “{ $name }” con el cliente { $asked }, pero el Client ID indicado es de otro cliente. Usa el cliente con el que se creó la conexión (la Zoho API console muestra su Client ID en la pestaña Client Secret); un cliente distinto necesita una solicitud nueva, no una reconexión. No se guardó nada.
error-reconnect_kept_other_client = Esta solicitud te pide que vuelvas a iniciar sesión en “{ $name }” con el cliente { $asked }, pero la conexión “{ $name }” de este equipo usa otro cliente. No se cambió nada. Pregunta a quien la envió si la solicitud es para esta conexión; si lo es, quita aquí la conexión y vuelve a abrir la solicitud.
error-reconnect_not_from_request = Esta solicitud te pide que vuelvas a iniciar sesión en “{ $name }”, pero la conexión “{ $name }” de este equipo no se creó a partir de una solicitud, así que no se entrega. No se cambió nada. Si de verdad quieres dar esta conexión a quien la solicita, pídele una solicitud nueva (no de reconexión) y respóndela con otro nombre.
error-self_client_file_unreadable = Esto no es un self_client.json de la Zoho API console. En la consola, abre Self Client, genera un código y elige DOWNLOAD; luego usa ese archivo.
error-self_client_code_expired = El código de este self_client.json venció ({ $when }); no se envió nada a Zoho. En la Zoho API console, abre Self Client, genera un código nuevo (elige 10 minutes) y usa el archivo nuevo de inmediato.

## Error

error-worker_failed = Una tarea en segundo plano se detuvo de forma inesperada. Vuelve a intentarlo; si sigue pasando, reinicia la aplicación.
error-cannot_start = Zoho Credential Wizard todavía no puede funcionar en este equipo. { $cause }
error-file_unusable = No se pudo escribir { $path }. Elige otro archivo, o pega el texto en su lugar.
error-cannot_delete = No se pudo eliminar { $path }. Elimínalo tú desde tu gestor de archivos: contiene el Client Secret como texto sin cifrar.
error-no_self_client_file = En esta ventana no se importó ningún archivo de Self Client, así que no se eliminó nada. Si todavía hay un self_client.json en tus descargas, elimínalo tú.
error-no_request_made = En esta ventana no se creó ninguna solicitud, así que no hay nada que guardar. Vuelve a crear la solicitud.
error-request_changed = La solicitud que aparece en la pantalla ya no es la que se está respondiendo, así que no se guardó nada. Vuelve a abrir la solicitud y comprueba su huella digital.
error-nothing_to_import = Ya no hay ninguna respuesta abierta, así que no se importó nada. Vuelve a abrir la respuesta.
