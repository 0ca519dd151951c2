# Zoho Credential Wizard : tous les textes de l’application de bureau, en français (traduits de en.ftl).
# Termes : docs/glossary/fr.md, qui suit GLOSSARY.md. Un texte entre <b>…</b> qui nomme un bouton ou un champ de la
# Zoho API console est le libellé de Zoho, tel que la console l’affiche : il reste en anglais, expliqué autour.
# Un élément avec data-l10n-name appartient à l’application (un champ, une valeur qu’elle remplit) : le garder, une fois.

app-name = Zoho Credential Wizard

## Les fenêtres de fichiers de l’application

dialog-choose-request = Ouvrir une demande
dialog-request-files = Demande d’identifiants
dialog-save-reply = Enregistrer la réponse
dialog-save-request = Enregistrer la demande
dialog-choose-reply = Importer une réponse
dialog-reply-files = Réponse chiffrée
dialog-choose-self-client = Choisir self_client.json
dialog-self-client-files = Fichier Self Client

## L’étape suivante après une erreur, avec ce sur quoi cliquer

next-ask-customer = L’identification de cette connexion appartient à votre entreprise cliente : cliquez sur « Demander à l’entreprise cliente de s’identifier à nouveau » : son administrateur s’identifiera alors de nouveau.
next-sign-in = Ouvrez « { $connection } » et cliquez sur « S’identifier à nouveau ».
next-replace-secret = Ouvrez « { $connection } » et cliquez sur « Remplacer le secret » ; si le secret est perdu, générez-en un nouveau dans la Zoho API console.
next-list-connections = Revenez à « Toutes les connexions » pour voir celles qui sont enregistrées.
next-choose-file-store = Ou utilisez plutôt le fichier chiffré.
next-create-file-store = Choisissez d’abord le fichier chiffré sous « Changer l’emplacement des secrets » sur l’écran Connexions.
next-enter-passphrase = Saisissez dans le champ ci-dessus la phrase secrète que vous avez choisie pour ce fichier, puis cliquez sur « Déverrouiller le fichier chiffré ».
next-delete-locally = Réessayez quand Zoho sera joignable, ou choisissez ci-dessous l’option « … cet ordinateur uniquement ».
next-allow-account-change = Identifiez-vous à nouveau et, quand l’application vous interroge sur l’autre compte, choisissez « Passer à … ».
next-restart-agent = Quittez l’application et rouvrez-la. Si le fichier chiffré est gardé déverrouillé en arrière-plan, verrouillez-le d’abord (un développeur exécute zcw lock).
next-stop-agent = Verrouillez d’abord le fichier chiffré gardé déverrouillé en arrière-plan (un développeur exécute zcw lock).
next-choose-team-store = Choisissez le stockage d’équipe sous « Changer l’emplacement des secrets » sur l’écran Connexions.
next-sign-in-with-scope = Identifiez-vous à nouveau pour « { $connection } », en ajoutant le scope nécessaire aux autorisations demandées.
next-accept-late-reply = Si vous l’attendiez, cochez « J’attendais cette réponse après l’expiration de la demande » et importez-la à nouveau.

# La page

## cadre (frame)

page-a = Aller au contenu
page-span = Zoho Credential Wizard
page-nav =
    .aria-label = Application
nav-home = Toutes les connexions
stepper =
    .aria-label = Étapes de l’assistant

## déverrouillage (unlock)

unlock-title = Déverrouiller le fichier chiffré
unlock-explain = Les secrets nécessaires ici se trouvent dans le fichier chiffré. Saisissez d’abord sa phrase secrète : l’application garde le fichier déverrouillé jusqu’à ce que vous la quittiez.
label-unlock-passphrase = Phrase secrète du fichier chiffré
unlock-button = Déverrouiller le fichier chiffré

## cadre (frame)

answering =
    .aria-label = Demande d’identifiants
answering-reconnect = <strong data-l10n-name="strong0"></strong> Une nouvelle identification pour la même connexion et le même client : rien de nouveau n’est créé.
answering-reconnect-strong = <bdi data-l10n-name="answering-reconnect-from"></bdi> vous demande de vous identifier à nouveau pour « <span data-l10n-name="answering-reconnect-name"></span> ».
answering-dt = Demandé par
answering-span = (saisi par l’expéditeur : c’est l’empreinte qui prouve que la demande vient bien de lui)
answering-dt-2 = Expire
answering-dt-3 = Empreinte
answering-span-2 = (calculée par cette application à partir de la demande)
answering-p = Demandez à la personne qui vous l’a envoyée de vous lire l’empreinte affichée par son application. Si elle diffère, la demande a été modifiée en chemin : arrêtez-vous ici. Les valeurs ci-dessous proviennent de la demande et ne peuvent pas être modifiées.
label-answering-dc = Votre centre de données Zoho
answering-dc-hint = La demande vous laisse le choix : choisissez où se trouve le compte Zoho de votre entreprise. Ce choix est définitif une fois le Client Secret enregistré.
stop-answering = Ne plus répondre à cette demande
incoming-title = Une autre demande d’identifiants est arrivée
incoming-dt = Connexion
incoming-dt-2 = Demandé par
incoming-dt-3 = Empreinte
incoming-p = Vous répondez à la demande pour « <span data-l10n-name="incoming-current"></span> ». Rien ne change tant que vous n’avez pas choisi.
incoming-keep = Continuer à répondre à la demande en cours
incoming-switch = Répondre plutôt à la nouvelle demande

## accueil (home)

home-title = Connexions
open-request = Ouvrir une demande reçue
new-connection = Nouvelle connexion
home-p = Chaque connexion correspond à un client Zoho : ses informations sont conservées ici, son Client Secret dans <span data-l10n-name="home-store"></span>.
draft-banner = Vous avez une connexion inachevée. <button data-l10n-name="resume-draft"></button>
resume-draft = Reprendre là où vous en étiez
connections-caption = Connexions enregistrées
connections-th = Nom
connections-th-2 = Centre de données
connections-th-3 = Client ID
connections-th-4 = Intégration
connections-th-5 = Secret conservé dans
connections-th-6 = État
no-connections-p = <strong>Aucune connexion pour l’instant.</strong>
no-connections-p-2 = Cliquez sur <b>Nouvelle connexion</b> pour déclarer un client Zoho et conserver son secret en lieu sûr.
home-span = Les nouveaux secrets sont enregistrés dans <strong data-l10n-name="store-description"></strong>.
change-store = Changer l’emplacement des secrets…
check-computer = Vérifier cet ordinateur
customers-title = Travailler avec une entreprise cliente
home-p-2 = Si seul l’administrateur Zoho de votre entreprise cliente peut créer le client, envoyez-lui une demande, puis importez sa réponse chiffrée. Personne ne colle de secret dans un e-mail.
request-credentials = Demander des identifiants à une entreprise cliente
import-reply = Importer une réponse
requests-caption = Demandes envoyées aux entreprises clientes
requests-th = Demande
requests-th-2 = Envoyée sous forme de
requests-th-3 = Empreinte
requests-th-4 = État
requests-span = Actions
store-picker-legend = Où les nouvelles connexions conservent leurs secrets
store-picker-span = Le trousseau de cet ordinateur
store-picker-span-2 = Le choix habituel : le secret reste sur cet ordinateur, verrouillé par votre session.
store-picker-span-3 = Un fichier chiffré
store-picker-span-4 = Là où aucun trousseau ne fonctionne. L’application demande sa phrase secrète une fois à chaque démarrage.
store-picker-span-5 = Le serveur OpenBao ou Vault de votre équipe
store-picker-span-6 = Partagé : chaque ordinateur et chaque serveur configuré avec lui voit les mêmes connexions et les mêmes jetons.
file-store-explain = Le fichier chiffré conserve les secrets dans un seul fichier, chiffré avec une phrase secrète de votre choix. Ne l’utilisez que là où aucun trousseau ne fonctionne.
label-home-passphrase = Phrase secrète
label-home-passphrase-again = Confirmez la phrase secrète
team-store-explain = Demandez à la personne qui gère le serveur OpenBao ou Vault de votre équipe son adresse et un jeton (ou ouvrez une session avec <code>bao login</code> ou <code>vault login</code> sur cet ordinateur et laissez le jeton vide). Les connexions sont conservées sous le préfixe, dans le montage KV version 2.
label-team-address = Adresse du serveur <small>(pour un cluster : l’adresse de chaque nœud sur sa propre ligne)</small>
label-team-token = Jeton <small>(gardé seulement tant que l’application tourne)</small>
label-team-mount = Montage KV
label-team-prefix = Préfixe
team-store-form-summary = Autres réglages (certificat, namespace, AppRole)
label-team-ca-cert = Fichier du certificat de l’autorité (CA) <small>(si le certificat du serveur vient de votre propre autorité)</small>
label-team-namespace = Namespace (espace de noms)
label-team-role-id = Role ID de l’AppRole
label-team-secret-id-file = Fichier du secret ID de l’AppRole
cancel-store = Annuler
confirm-store = Enregistrer les nouveaux secrets ici

## vérification (doctor)

doctor-title = Vérifier cet ordinateur
doctor-p = Ce dont cette application a besoin sur votre ordinateur, vérifié à l’instant : chaque point est en ordre, ou indique quoi faire.
doctor-back = Retour aux connexions
doctor-again = Vérifier à nouveau

## détails (details)

show-connect = S’identifier sur Zoho
show-handover = Transmettre
show-disconnect = Déconnecter…
show-reconnect = Demander à l’entreprise cliente de s’identifier à nouveau
show-replace = Remplacer le secret
show-rename = Renommer
show-remove = Supprimer…
replace-explain = Vous avez généré un nouveau secret dans la Zoho API console ? Collez-le ici : il remplace le secret enregistré.
label-replace-secret = Nouveau Client Secret
replace-form-button = Afficher
    .aria-label = Afficher le nouveau Client Secret
confirm-replace = Enregistrer le nouveau secret
replace-form-button-2 = Annuler
label-rename-input = Nouveau nom
confirm-rename = Renommer
rename-form-button = Annuler
confirm-remove = Supprimer la connexion et ses secrets
remove-local = Supprimer de cet ordinateur uniquement
remove-form-button = Annuler
confirm-disconnect = Déconnecter et révoquer chez Zoho
disconnect-local = Déconnecter sur cet ordinateur uniquement
disconnect-form-button = Annuler
details-h2 = Déclaré dans Zoho
details-back = Retour aux connexions

## ouvrir une demande (open-request-view)

open-request-title = Ouvrir une demande d’identifiants
open-request-view-p = Quelqu’un vous demande un client Zoho : ouvrez le fichier de demande qu’il vous a envoyé (<code>NAME.zcwrequest</code>), ou collez le lien reçu dans son e-mail. L’application vous montre alors exactement quoi créer, et renvoie une réponse que lui seul peut ouvrir.
label-request-text = Lien ou texte de la demande
open-request-back = Retour
choose-request-file = Choisir le fichier…
open-request-text = Ouvrir la demande collée

## importer une réponse (import-reply-view)

import-reply-title = Importer une réponse
import-reply-view-p = L’administrateur Zoho de votre entreprise cliente a répondu à l’une de vos demandes : choisissez le fichier de réponse, ou collez le texte de la réponse reçu par e-mail. Elle ne s’ouvre qu’avec la clé de la demande, conservée dans <strong data-l10n-name="import-store"></strong> ; si elle contient une identification, l’application vérifie auprès de Zoho qu’elle fonctionne. Vous vérifiez ensuite à qui appartient le compte, avant que quoi que ce soit ne soit enregistré.
label-reply-text = Texte de la réponse
reply-text =
    .placeholder = Collez ici tout le texte de la réponse

## vérifier la réponse (import-confirm)

import-confirm-title = Vérifiez la réponse avant de l’enregistrer
import-confirm-dt = Connexion
ic-reconnect-dt = Nouvelle identification pour
import-confirm-dt-2 = Compte Zoho identifié
import-confirm-dt-3 = Client ID
import-confirm-dt-4 = Centre de données
import-confirm-dt-5 = Code de réponse
import-confirm-span = (l’application de l’administrateur a affiché le même code après l’envoi : demandez-lui de vous le lire si l’enjeu est important)
ic-late-span = J’attendais cette réponse après l’expiration de la demande
ic-confirm-text = C’est bien le compte Zoho de mon entreprise cliente
ic-discard = Écarter cette réponse
ic-import = Importer la connexion

## importer une réponse (import-reply-view)

import-open = Ouvrir « <span data-l10n-name="import-done-name"></span> »
import-reply-back = Retour aux connexions
choose-reply-file = Choisir le fichier…
import-reply-text = Ouvrir la réponse collée

## demande créée (request-made)

request-made-title = Votre demande est prête à être envoyée
made-lead = Envoyez par e-mail le fichier de demande ou le lien à l’administrateur Zoho de votre entreprise cliente. Ni l’un ni l’autre ne contient de secret. La clé de la demande reste dans <strong data-l10n-name="made-store"></strong> : vous seul pouvez donc ouvrir la réponse.
request-made-p = Empreinte <strong data-l10n-name="made-fingerprint"></strong>
request-made-p-2 = Lisez-la à l’administrateur au téléphone : son application affiche les mêmes quatre groupes. Elle expire <span data-l10n-name="made-expires"></span>.
save-request-file = Enregistrer le fichier de demande…
copy-request-link = Copier le lien
made-email-title = Un e-mail à envoyer avec la demande
request-made-p-3 = Ce que l’administrateur doit faire, où obtenir l’application, et le fait que vous l’appellerez pour lui lire l’empreinte (jamais écrite dans l’e-mail). Copiez ce texte dans votre e-mail et joignez-y le fichier de demande.
made-done = Terminé : aller aux connexions

## demande de nouvelle identification (reconnect-request)

reconnect-request-title = Demander à l’entreprise cliente de s’identifier à nouveau pour « <span data-l10n-name="rr-name"></span> »
reconnect-request-p = L’administrateur Zoho de votre entreprise cliente s’identifie à nouveau pour cette connexion ; vous importez sa réponse dans celle-ci. La demande contient le client, le centre de données et les autorisations de la connexion : l’administrateur n’a rien à créer. S’il a gardé la connexion, il n’a qu’à s’identifier.
reconnect-request-dt = Client ID
reconnect-request-dt-2 = Centre de données
reconnect-request-dt-3 = Autorisations
label-rr-from = Qui demande
rr-from =
    .placeholder = Acme Integrations
hint-rr-from = Votre entreprise ou votre nom, tel que l’administrateur le verra.
label-rr-expires = Expire dans
rr-expires-option = 1 jour
rr-expires-option-2 = 3 jours
rr-expires-option-3 = 7 jours
rr-expires-option-4 = 14 jours
rr-expires-option-5 = 30 jours
label-rr-scopes-add = Autorisations à ajouter (facultatif, scopes séparés par des virgules)
hint-rr-scopes-add = Quand un appel a besoin d’une autorisation que la connexion n’a pas, ajoutez son scope ici.
rr-back = Annuler
rr-make = Créer la demande de nouvelle identification

## connexion déjà présente (reconnect-kept)

reconnect-kept-title = S’identifier à nouveau pour « <span data-l10n-name="rk-name"></span> »
reconnect-kept-p = Cet ordinateur a toujours cette connexion, avec le client indiqué dans la demande. Il n’y a rien à créer ni à copier : vérifiez l’empreinte, puis identifiez-vous sur Zoho. Votre réponse contiendra alors la nouvelle identification.
reconnect-kept-dt = Client ID
reconnect-kept-span = (celui que cet ordinateur conserve pour « <span data-l10n-name="rk-name-again"></span> »)
reconnect-kept-dt-2 = Autorisations demandées
reconnect-kept-span-2 = La personne qui a envoyé la demande m’a lu cette empreinte, et elle correspond : <strong data-l10n-name="rk-fingerprint"></strong>
rk-sign-in = Suivant : s’identifier à nouveau

## étape 1 (step-1)

step-1-title = À quoi servira cette connexion ?
step1-request-hint = Quelqu’un vous a envoyé une demande ? <button data-l10n-name="step1-open-request"></button>
step1-open-request = Ouvrir une demande reçue
step-1-p = Indiquez où se trouve votre compte Zoho et ce qui utilisera le nouveau client Zoho. L’application calcule les valeurs exactes à déclarer dans Zoho.
label-dc = Centre de données Zoho
hint-dc = L’adresse à laquelle vous vous identifiez sur Zoho, par exemple <code>accounts.zoho.eu</code> pour l’Europe.
step-1-legend = Intégration
template-span = Application Catalyst
text-catalyst = Une application Zoho Catalyst, comme celle du tutoriel LeadManager.
template-span-2 = Hotglue / Optiply
text-hotglue = Un connecteur hotglue, par exemple l’intégration Zoho d’Optiply.
template-span-3 = Personnalisée
text-custom = Vos propres scripts ou votre propre serveur, avec vos propres URI de redirection.
choice-self-client-span = Self Client
text-self-client = Les scripts de votre organisation, avec le Self Client de Zoho : pas d’URI de redirection, un code généré dans la console.
label-catalyst-project = Nom du projet
catalyst-project =
    .placeholder = LeadManager
hint-catalyst-project = Tel qu’il apparaît dans la console Catalyst. Dans l’adresse de l’application, les espaces sont supprimés et les majuscules passent en minuscules.
label-catalyst-org = Org ID
catalyst-org =
    .placeholder = 60012345678 ou l’adresse de la console
hint-catalyst-org = Le nombre qui suit <code>/baas/</code> dans l’adresse de la console Catalyst. Vous pouvez coller l’adresse entière.
label-catalyst-environment = Environnement
catalyst-environment-option = Développement
catalyst-environment-option-2 = Production (adresse non confirmée par Zoho)
label-catalyst-function = Nom de la fonction
function-picks =
    .aria-label = Noms de fonction des éditions du tutoriel
label-catalyst-serve-port = Port du serveur local
hint-catalyst-serve-port = Le port sur lequel tourne <code>catalyst serve</code>.
label-hotglue-homepage = URL de la page d’accueil
hint-hotglue-homepage = Le site web de votre entreprise. L’URI de redirection de hotglue, <code>https://hotglue.xyz/callback</code>, est ajoutée pour vous.
label-custom-homepage = URL de la page d’accueil
label-custom-redirect-uris = URI de redirection
hint-custom-redirect-uris = Une par ligne, exactement telles que votre intégration les envoie : en https, ou en http seulement pour localhost.
fields-self-client-p = Zoho crée le Self Client pour vous : il n’y a rien à déclarer. Ensuite, la console génère un code pour les scopes que vous choisissez, et cette application l’échange contre des jetons.
label-client-name = Nom du client
hint-client-name = Le nom que vous verrez dans la Zoho API console. Lettres, chiffres, espaces, _ et & uniquement.
step1-advanced-summary = Pour les développeurs : l’URI de redirection de cette application
loopback-explain = L’étape 2 indique aussi <code data-l10n-name="loopback-preview"></code> à déclarer : Zoho y renvoie le navigateur après une identification depuis cet ordinateur, pour que cette application obtienne des jetons et vérifie le client. Zoho exige le port exact, et <code>localhost</code> plutôt que 127.0.0.1. Ne changez le port que si un autre programme l’utilise.
label-loopback-port = Port de cette application
request-options-legend = La demande
label-request-name = Nom de la connexion
label-request-from = Qui demande
request-from =
    .placeholder = Acme Integrations
hint-request-from = Votre entreprise ou votre nom, tel que l’administrateur le verra : lettres, chiffres, espaces et ponctuation simple.
label-request-expires = Expire dans
request-expires-option = 1 jour
request-expires-option-2 = 3 jours
request-expires-option-3 = 7 jours
request-expires-option-4 = 14 jours
request-expires-option-5 = 30 jours
request-options-label = <input data-l10n-name="request-dc-open"> Laisser l’entreprise cliente choisir le centre de données (si vous ne savez pas où se trouve son compte Zoho)
request-options-label-2 = <input data-l10n-name="request-refresh"> L’administrateur s’identifie aussi, pour que la réponse contienne un jeton d’actualisation (pour les scripts qui appellent les API de Zoho)
label-request-scopes = Scopes (séparés par des virgules)
cancel-request-form = Annuler
next = Suivant : déclarer dans Zoho
make-request = Créer la demande

## étape 2 (step-2)

step-2-title = Déclarer le client dans Zoho
step-2-p = Créez un client dans la Zoho API console pour <strong data-l10n-name="s2-dc"></strong> et saisissez exactement ces valeurs.
step-2-div = <strong>Zoho risque de n’afficher le Client Secret qu’une seule fois.</strong> Avant de cliquer sur <b>Create</b> (Créer) dans Zoho, cliquez ici sur <b>Suivant : enregistrer le Client Secret</b>, pour être prêt à coller le secret dès que Zoho l’affiche. S’il est perdu, vous devrez en générer un nouveau dans la Zoho API console.
open-console = Ouvrir la Zoho API console
step-2-li = Cliquez sur <b>Ouvrir la Zoho API console</b> ci-dessus et identifiez-vous.
step-2-li-2 = Cliquez sur <b>Get Started</b> (Commencer), ou sur <b>Add Client</b> (Ajouter un client) si vous avez déjà des clients.
step-2-li-3 = Choisissez <b>Server-based Applications</b> (applications côté serveur).
step-2-li-4 = Remplissez <b>Client Name</b> (nom du client), <b>Homepage URL</b> (URL de la page d’accueil) et chaque <b>Authorized Redirect URI</b> (URI de redirection autorisée) à l’aide des boutons Copier (ajoutez dans Zoho une ligne par URI). Zoho les compare caractère par caractère.
step-2-li-5 = Avant de cliquer sur <b>Create</b> (Créer) dans Zoho : cliquez ici sur <b>Suivant : enregistrer le Client Secret</b>, pour que les champs où les coller soient ouverts.
step-2-li-6 = Cliquez sur <b>Create</b> (Créer) dans Zoho. Zoho affiche le <b>Client ID</b> et le <b>Client Secret</b> : copiez-les aussitôt, l’un après l’autre, dans cette application.
back = Retour
next-2 = Suivant : enregistrer le Client Secret

## étape 2, Self Client (step-2-self)

self-title = Générer un code dans le Self Client
step-2-self-p = Dans la Zoho API console pour <strong data-l10n-name="self-dc"></strong>, le Self Client génère un code que cette application échange contre des jetons. Ce code n’est valable que quelques minutes : gardez cette fenêtre à portée de main.
self-open-console = Ouvrir la Zoho API console
step-2-self-li = Choisissez <b>Self Client</b> (la première fois : <b>Create Now</b> (Créer maintenant), puis <b>OK</b>).
step-2-self-li-2 = Dans l’onglet <b>Generate Code</b> (Générer un code), collez les scopes ci-dessous, choisissez <b>10 minutes</b> comme durée (Time Duration) et écrivez une description (par exemple « zcw »).
step-2-self-li-3 = Cliquez sur <b>Create</b> (Créer) (choisissez votre organisation si Zoho le demande), puis sur <b>DOWNLOAD</b> (Télécharger) : cela enregistre <code>self_client.json</code>.
step-2-self-li-4 = De retour ici, dans ces 10 minutes : cliquez sur <b>Choisir le self_client.json téléchargé</b>.
label-self-scopes = Scopes
self-scopes-copy = Copier
label-self-name = Nom de la connexion
self-choose-file = Choisir le self_client.json téléchargé…
self-paste-summary = Pas de fichier ? Collez le code, le Client ID et le Client Secret affichés par la console
label-self-code = Code
label-self-client-id = Client ID
label-self-client-secret = Client Secret
self-paste-button = Afficher
    .aria-label = Afficher le Client Secret
self-import-values = Utiliser ces valeurs
self-delete-file = Supprimer le fichier maintenant
self-handover = Suivant : transmettre
self-finish = Aller aux connexions
self-back = Retour

## étape 3 (step-3)

step-3-title = Enregistrer le Client ID et le Client Secret
step-3-p = Copiez-les tous les deux depuis la Zoho API console. Le secret va directement dans <strong data-l10n-name="s3-store"></strong> : il n’est jamais écrit en clair dans un fichier, et cette fenêtre ne l’affiche plus jamais.
s3-reconnect = Cet ordinateur n’a plus cette connexion : son Client Secret est donc de nouveau nécessaire. Le Client ID est celui qu’indique la demande et ne peut pas être modifié : dans la Zoho API console, ouvrez ce client et copiez son Client Secret (ou générez-en un nouveau : la réponse contiendra alors le nouveau).
s3-fingerprint-field-span = La personne qui a envoyé la demande m’a lu cette empreinte, et elle correspond : <strong data-l10n-name="s3-fingerprint"></strong>
label-client-id = Client ID
label-client-secret = Client Secret
step-3-button = Afficher
    .aria-label = Afficher le Client Secret
label-connection-name = Nom de la connexion
hint-connection-name = Le nom sous lequel cette connexion apparaît dans la liste et dans votre trousseau. Lettres, chiffres, espaces, _, . et - uniquement.
store-error-p = Votre secret est toujours dans le champ ci-dessus ; rien n’est perdu.
offer-file-store = Utiliser plutôt le fichier chiffré
s3-file-store-explain = Choisissez une phrase secrète pour le fichier chiffré (au moins 8 caractères ; quelques mots sans rapport entre eux conviennent bien). Sans elle, les secrets du fichier sont illisibles : gardez-la en lieu sûr.
label-s3-new-passphrase = Phrase secrète
label-s3-new-passphrase-again = Confirmez la phrase secrète
s3-use-file-store = Utiliser le fichier chiffré et enregistrer
saved-why-sign-in = Ensuite, identifiez-vous une fois sur Zoho depuis cet ordinateur, pour que cette application puisse utiliser la connexion et vérifier que le client fonctionne.
saved-why-hand-over = L’intégration s’identifie elle-même sur Zoho : ensuite, transmettez-lui le Client ID et le Client Secret. Inutile de vous identifier aussi depuis cet ordinateur : Zoho ne garde que 20 identifications par personne pour un même client.
saved-why-send = Ensuite, envoyez la réponse à la personne qui a fait la demande.
saved-connect = Suivant : s’identifier sur Zoho
saved-handover = Passer l’identification : transmettre
saved-done = Plus tard : aller aux connexions
saved-summary = Pour les développeurs
saved-p = Les scripts de cet ordinateur obtiennent un jeton d’accès avec <code data-l10n-name="code0"></code>, et <code>zcw show</code> affiche la connexion.
back-3 = Retour
save-secret = Enregistrer en lieu sûr

## étape 4 (step-4)

step-4-title = S’identifier sur Zoho pour « <span data-l10n-name="s4-name"></span> »
step-4-p = Vous vous identifiez sur Zoho dans votre navigateur et cliquez sur <b>Accept</b> (Accepter). Zoho renvoie alors votre navigateur vers cette application, et l’identification est conservée dans <strong data-l10n-name="s4-store"></strong>.
s4-reconnect = <strong>Quelqu’un s’est déjà identifié pour cette connexion.</strong> Vous pouvez vous identifier à nouveau, mais Zoho ne garde que les 20 identifications les plus récentes de chaque personne pour un même client et supprime les plus anciennes sans prévenir : un ordinateur ou un serveur qui utilise encore une identification très ancienne risque alors de ne plus fonctionner.
s4-scopes-field-legend = Que peut faire cette connexion dans Zoho ?
s4-scopes-hint = Cochez ce dont ont besoin les scripts qui l’utiliseront. Zoho affiche la même liste quand vous vous identifiez et vous demande de l’accepter. Le nom que Zoho donne à chaque autorisation est affiché en petit à côté.
s4-scopes-field-span = Voir quel compte Zoho s’est identifié
s4-advanced-summary = Avancé
label-s4-extra = Autres autorisations (noms de scopes Zoho, séparés par des virgules)
s4-advanced-label = <input data-l10n-name="s4-pkce"> Protéger l’identification avec PKCE (à désactiver seulement si Zoho refuse l’identification pour ce client).
s4-waiting-strong = En attente de votre identification sur Zoho dans votre navigateur…
s4-waiting-p = Quand vous y cliquez sur <b>Accept</b> (Accepter), cette fenêtre continue d’elle-même.
s4-waiting-p-2 = Le navigateur ne s’est pas ouvert ? Copiez l’adresse d’identification dans votre navigateur : <span data-l10n-name="s4-url-copy"></span>
s4-show-causes = Rien ne se passe ?
s4-help-p = <strong>Rien ne se passe, ou une erreur s’affiche dans le navigateur ?</strong> Les causes possibles, de la plus probable à la moins probable :
s4-paste-explain = L’adresse entière, copiée depuis la barre d’adresse du navigateur, qui commence par <code data-l10n-name="s4-redirect-2"></code> :
label-s4-pasted = Adresse sur laquelle le navigateur s’est arrêté
s4-use-pasted = Utiliser cette adresse
s4-help-p-2 = URI de redirection à déclarer : <code data-l10n-name="s4-redirect-3"></code><span data-l10n-name="s4-redirect-copy"></span>
s4-help-summary = Détails
s4-help-p-3 = L’adresse d’identification : <code data-l10n-name="s4-url"></code>
s4-cancel = Annuler
s4-confirm-p = <strong>Un autre compte Zoho s’est identifié.</strong> Cette connexion utilisait le compte <strong data-l10n-name="strong0"></strong> ; cette fois, c’est le compte <strong data-l10n-name="strong1"></strong> qui s’est identifié.
s4-confirm-p-2 = Si vous changez de compte, les scripts qui utilisent cette connexion agiront désormais au nom du nouveau compte. Si vous gardez le compte précédent, la nouvelle identification est annulée chez Zoho et la connexion reste telle qu’elle était.
s4-keep = Passer à <bdi data-l10n-name="s4-keep-account"></bdi>
s4-discard = Garder <bdi data-l10n-name="s4-discard-account"></bdi>
s4-done-summary = Pour les développeurs
s4-done-p = Les scripts de cet ordinateur obtiennent un nouveau jeton d’accès avec <code data-l10n-name="code0"></code>.
s4-handover = Suivant : transmettre
s4-finish = Aller aux connexions
back-4 = Retour
s4-connect = S’identifier sur Zoho

## étape 5 (step-5)

label-s5-clear = Délai avant d’effacer du presse-papiers un secret copié
s5-clear-option = 10 secondes
s5-clear-option-2 = 30 secondes
s5-clear-option-3 = 1 minute
s5-clear-option-4 = 2 minutes
s5-clear-option-5 = Jamais (jusqu’à la copie d’autre chose)
s5-clear-hint = Le secret n’est effacé que s’il est encore dans le presse-papiers ; il l’est aussi, dans tous les cas, à la fermeture de l’application. Les secrets sont marqués pour que les gestionnaires de presse-papiers ne les conservent pas.
back-5 = Retour
s5-done = Terminé : aller aux connexions

## étape 5, réponse (step-5-reply)

reply-title = Envoyer la réponse
step-5-reply-dt = Demandé par
step-5-reply-dt-2 = Empreinte
step-5-reply-p = Enregistrez-la dans un fichier à joindre à un e-mail, ou copiez-la sous forme de texte dans un e-mail. Rien d’autre ne quitte cet ordinateur.
save-reply = Enregistrer la réponse dans un fichier…
copy-reply = Copier la réponse sous forme de texte
reply-code-box-p = Code de réponse <strong data-l10n-name="reply-code"></strong>
reply-code-box-p-2 = Si la personne qui a fait la demande vous appelle pour vérifier, lisez-lui ce code : son application affiche le même quand elle importe la réponse.
reply-after-legend = Et cette connexion, sur votre ordinateur ?
reply-after-p = Gardez-la si vous pensez devoir la déconnecter ou remplacer son secret plus tard. La supprimer efface son Client Secret et son identification de cet ordinateur uniquement : la réponse que vous avez créée continue de fonctionner, et le client reste déclaré dans Zoho.
reply-keep = La garder sur cet ordinateur
reply-remove = La supprimer de cet ordinateur

# Les mots que les écrans assemblent au fur et à mesure

## Le cadre : les étapes, le menu des langues, les mots communs

dc-label = { $id } · { $region } ({ $domain })
details = Détails
language-label = Langue
check-updates = Rechercher des mises à jour
update-title = Mises à jour
update-looking = Recherche d’une nouvelle version…
update-newest = Vous avez la version la plus récente, la { $running }.
update-available = La version { $version } de Zoho Credential Wizard est disponible. Vous avez la version { $running }.
update-notes-label = Les nouveautés, d’après les notes de version :
update-no-notes = Cette version n’est accompagnée d’aucune note.
install-update = Installer et redémarrer
dismiss-update = Plus tard
update-installing = Téléchargement de la mise à jour et vérification de sa signature numérique… L’application redémarrera une fois la mise à jour installée.
# $manager : apt (un paquet .deb) ou dnf (un paquet .rpm).
update-package = { $manager ->
        [apt] L’application a été installée à partir d’un paquet .deb : c’est donc votre gestionnaire de paquets qui installe la nouvelle version. Dans un terminal :
       *[dnf] L’application a été installée à partir d’un paquet .rpm : c’est donc votre gestionnaire de paquets qui installe la nouvelle version. Dans un terminal :
    }
update-package-repository = Si votre gestionnaire de paquets ne trouve pas la nouvelle version, ajoutez une fois pour toutes le dépôt de l’application (le README explique comment), ou téléchargez le nouveau paquet depuis la page des versions (Releases) du projet.
auto-updates = Rechercher une nouvelle version une fois par jour, au démarrage de l’application
close-updates = Fermer
language-system = La langue de l’ordinateur
stepper-integration = Intégration
stepper-register = Déclarer dans Zoho
stepper-code = Code de Zoho
stepper-secret = Client Secret
stepper-sign-in = S’identifier
stepper-hand-over = Transmettre
stepper-reply = Envoyer la réponse
stepper-done = (terminé)
# La liste de valeurs d’une erreur quand elle est vide (aucun scope accordé, par exemple).
none-on-record = aucun enregistré
removed-connection = La connexion « { $name } » et ses secrets ont été supprimés.
copy = Copier
# Le nom de la valeur que copie un bouton Copier, pour les lecteurs d’écran.
copy-label = Copier { $label }
copied = ✓ Copié
# The copy keys off a Mac (on a Mac the app says ⌘C).
copy-keys = Ctrl+C
copy-by-hand = Sélectionnez le texte et appuyez sur { $keys }
copied-kept = Copié : { $label }. Le presse-papiers le garde jusqu’à la prochaine copie.
copied-clears = Copié : { $label }. Le presse-papiers sera vidé dans { $left } s.
copied-cleared = Presse-papiers vidé ({ $label }), s’il le contenait encore.
secret-kept-in = •••••••• conservé dans { $store }
snippet-code = le code { $edition }

## Vérifier cet ordinateur

check-fine = { $check } : en ordre
check-attention = { $check } : à vérifier
check-fix = Que faire : { $fix }
checking = Vérification… (dix secondes au plus)
checks-attention = { $problems ->
        [one] { $problems } point demande votre attention.
       *[other] { $problems } points demandent votre attention.
    }
checks-fine = Tout ce dont cette application a besoin est en place.

## L’e-mail qui accompagne une demande (texte brut : garder les retours à la ligne)

email-new =
    Bonjour,

    { $from } vous demande de créer un client d’API Zoho pour « { $name } » dans le compte Zoho de votre entreprise. Seul un administrateur Zoho peut le faire ; cela prend environ cinq minutes, et aucun mot de passe ni aucun secret ne passe par e-mail.

    1. Installez Zoho Credential Wizard (gratuit) : { $downloads }
    2. Ouvrez avec lui le fichier joint { $file }. Pas de pièce jointe ? Dans l’application, cliquez sur « Ouvrir une demande reçue » et collez le lien qui se trouve à la fin de cet e-mail.
    3. Nous vous appellerons à un numéro que vous connaissez déjà pour vous lire l’empreinte de la demande. Ne continuez que si elle correspond à celle qu’affiche l’application ; si elle diffère, arrêtez-vous : la demande a été modifiée en chemin.
    4. Suivez les étapes de l’application. À la fin, elle crée une réponse : joignez-la à l’e-mail que vous nous renverrez en retour de celui-ci.

    La demande expire le { $expires }.

    Le lien vers la demande (pour l’étape 2, seulement sans la pièce jointe) :
    { $link }
email-reconnect =
    Bonjour,

    { $from } vous demande de vous identifier à nouveau sur Zoho pour la connexion « { $name } », afin qu’elle continue de fonctionner. Rien de nouveau n’est créé, et aucun mot de passe ni aucun secret ne passe par e-mail.

    1. Installez Zoho Credential Wizard (gratuit) : { $downloads }
    2. Ouvrez avec lui le fichier joint { $file }. Pas de pièce jointe ? Dans l’application, cliquez sur « Ouvrir une demande reçue » et collez le lien qui se trouve à la fin de cet e-mail.
    3. Nous vous appellerons à un numéro que vous connaissez déjà pour vous lire l’empreinte de la demande. Ne continuez que si elle correspond à celle qu’affiche l’application ; si elle diffère, arrêtez-vous : la demande a été modifiée en chemin.
    4. Suivez les étapes de l’application. À la fin, elle crée une réponse : joignez-la à l’e-mail que vous nous renverrez en retour de celui-ci.

    La demande expire le { $expires }.

    Le lien vers la demande (pour l’étape 2, seulement sans la pièce jointe) :
    { $link }

## Les autorisations en mots simples (étape 4) ; le nom de scope de Zoho est affiché à côté de chacune

scope-crm-modules = Lire et modifier les enregistrements (prospects, contacts, affaires…)
scope-crm-settings = Lire et modifier les paramètres (champs, mises en page)
scope-crm-users = Lire et gérer les utilisateurs
scope-crm-org = Lire et modifier les informations de l’organisation
scope-crm-coql = Rechercher des enregistrements par requêtes (COQL)
scope-books = Accès complet à Books
scope-inventory = Accès complet à Inventory
scope-desk-tickets = Lire et modifier les tickets
scope-desk-basic = Lire les départements et les agents
scope-analytics = Lire et modifier les données
scope-creator-reports = Lire les rapports
scope-creator-forms = Ajouter des enregistrements par les formulaires

## Boutons communs et noms des champs de la Zoho API console (garder le libellé de Zoho tel que la console l’affiche)

show = Afficher
hide = Masquer
console-opened = Adresse { $url } ouverte dans votre navigateur.
console-opened-copy = Adresse { $url } ouverte dans votre navigateur. Rien ne s’est ouvert ? Copiez l’adresse dans votre navigateur :
console-address = l’adresse de la console
zoho-client-type = Client Type (type de client)
zoho-client-name = Client Name (nom du client)
zoho-homepage = Homepage URL (URL de la page d’accueil)
zoho-redirect-uri = Authorized Redirect URI (URI de redirection autorisée)
zoho-redirect-uri-numbered = Authorized Redirect URI { $number } (URI de redirection autorisée)

## Le Self Client

self-saved = Connexion « { $name } » enregistrée · { $dc } · secret et jetons dans { $store } · ••••{ $last4 }
self-file-warning = Attention : le fichier téléchargé { $file } contient encore le Client Secret en clair, lisible par toute personne ayant accès à cet ordinateur. Supprimez-le maintenant, sauf si vous en avez besoin ailleurs.
self-no-file = Rien n’a été enregistré dans un fichier. Si la console a aussi téléchargé self_client.json, supprimez-le : il contient le secret en clair.
self-file-deleted = Fichier { $path } supprimé.
copy-scopes-by-hand = Sélectionnez les scopes et appuyez sur { $keys }

## L’appel de test après une identification ou une importation

test-call-running = Test de la connexion par un appel à Zoho…
test-call-reached = Test réussi : accès à { $reached } confirmé.
test-call-tokens = Test réussi : Zoho lui fournit des jetons valides (ses autorisations ne permettent aucun appel de test).
test-call-failed = L’appel de test n’a pas fonctionné : { $problem }

## Où les secrets sont conservés, et les intégrations

store-in-keychain = le trousseau de cet ordinateur
store-in-encrypted-file = le fichier chiffré
store-in-vault = le stockage d’équipe (OpenBao/Vault)
store-label-keychain = Trousseau
store-label-encrypted-file = Fichier chiffré
store-label-vault = Stockage d’équipe
template-catalyst = Application Catalyst
template-hotglue = Hotglue / Optiply
template-custom = Personnalisée
template-self-client = Self Client

## L’écran des connexions

verdict-working = Fonctionne
verdict-unreachable = Non vérifiée : Zoho est injoignable
verdict-rate_limited = Non vérifiée : Zoho demande d’attendre (limite de débit)
verdict-failed = La vérification a échoué
verdict-scope_missing = Il manque une autorisation
verdict-needs_sign_in = Nouvelle identification nécessaire
verdict-client_rejected = Zoho n’accepte plus son secret
action-sign-in-again = S’identifier à nouveau
action-ask-customer = Demander à l’entreprise cliente de s’identifier à nouveau
action-replace-secret = Remplacer le secret
# Le nom d’un bouton pour les lecteurs d’écran : l’action, puis la connexion concernée.
action-for = { $action } : { $name }
status-connected-renews = Connectée · se renouvelle automatiquement
status-connected = Connectée
status-secret-saved = Secret enregistré
open-connection = Ouvrir { $name }
store-now-keychain = Les nouveaux secrets sont désormais enregistrés dans le trousseau de cet ordinateur.
store-now-encrypted-file = Les nouveaux secrets sont désormais enregistrés dans le fichier chiffré.
store-now-team = Relié au stockage d’équipe à l’adresse { $address } avec { $token } ; il contient { $count ->
        [one] { $count } connexion
       *[other] { $count } connexions
    }. Les nouvelles connexions et leurs secrets y sont désormais enregistrés.
token-entered = le jeton que vous avez saisi
token-variable = le jeton de la variable { $name }
token-token-file = le jeton du fichier { $path }
token-app-role = une ouverture de session AppRole
damaged-question = Supprimer l’enregistrement « { $name } » du stockage d’équipe, avec son Client Secret et ses jetons, pour tous les ordinateurs qui utilisent le stockage d’équipe ? Rien d’autre ne change ; ajoutez ensuite de nouveau la connexion.
damaged-delete = Supprimer l’enregistrement endommagé
damaged-offer = Supprimer l’enregistrement endommagé…
cancel = Annuler
try-again = Réessayer

## Étape 1 et étape 3

still-needed = Il manque encore : { $fields }.
# Entre les noms des champs qui manquent encore.
list-separator = {", "}
correct-fields = Corrigez les champs marqués en rouge pour continuer.
org-id-taken = ✓ Org ID { $org } repris de l’adresse.
field-dc = centre de données
field-template = intégration
field-client-name = nom du client
field-loopback-port = port de cette application
field-catalyst-project = nom du projet
field-catalyst-org = Org ID
field-catalyst-environment = environnement
field-catalyst-function = nom de la fonction
field-catalyst-serve-port = port du serveur local
field-hotglue-homepage = URL de la page d’accueil
field-custom-homepage = URL de la page d’accueil
field-custom-redirect-uris = URI de redirection
field-connection-name = nom de la connexion
field-client-id = Client ID
field-client-secret = Client Secret
field-passphrase = phrase secrète
field-pasted-address = adresse collée
field-team-address = adresse du stockage d’équipe
field-team-mount = montage KV
field-team-prefix = préfixe
field-team-role-id = role ID de l’AppRole
field-request-from = qui demande
field-request-expires = expiration
next-sign-in-to-zoho = Suivant : s’identifier sur Zoho
also-sign-in-here = S’identifier aussi depuis cet ordinateur
skip-to-hand-over = Passer l’identification : transmettre
next-hand-over = Suivant : transmettre
next-send-reply = Suivant : envoyer la réponse
skip-to-send-reply = Passer l’identification : envoyer la réponse
saving = Enregistrement…
saved-in = Enregistré dans { $store } · ••••{ $last4 }
saved-placeholder = ✓ Enregistré

## Étape 4 : l’identification

choose-a-permission = Cochez au moins une autorisation pour continuer.
# Le compte à rebours pendant que l’application attend l’identification : { $time } est en minutes:secondes.
time-left = Temps restant : { $time }
redirect-uri = l’URI de redirection
sign-in-address = l’adresse d’identification
copy-sign-in-address = Copier l’adresse d’identification
browser-did-not-open = Le navigateur ne s’est pas ouvert ({ $reason }).
pkce-off = PKCE est désactivé pour cette identification seulement. Laissez-le activé, sauf si Zoho refuse l’identification avec PKCE.

## Les informations d’une connexion

disconnect-question = Déconnecter « { $name } » ? Son identification est annulée (révoquée) chez Zoho et effacée ici : chaque script et chaque serveur qui utilise cette connexion cesse de fonctionner. Le Client Secret reste : vous pourrez vous identifier à nouveau plus tard.
remove-question = Supprimer « { $name } » ? Son Client Secret et ses jetons sont effacés (ils sont conservés dans { $store }) et la connexion disparaît de cette liste. Le client reste déclaré dans Zoho : supprimez-le dans la Zoho API console si vous n’en avez plus besoin.
remove-question-signed-in = Supprimer « { $name } » ? Son identification est d’abord révoquée chez Zoho, puis son Client Secret et ses jetons sont effacés (ils sont conservés dans { $store }) et la connexion disparaît de cette liste. Le client reste déclaré dans Zoho : supprimez-le dans la Zoho API console si vous n’en avez plus besoin.
new-secret-saved = ✓ Nouveau secret enregistré dans { $store } · ••••{ $last4 }
renamed = ✓ Connexion renommée en « { $name } ».
sign-in-to-zoho = S’identifier sur Zoho
fact-dc = Centre de données
fact-client-id = Client ID
fact-integration = Intégration
fact-secret-in = Secret conservé dans
fact-signed-in-as = Compte Zoho identifié
no-profile-scope = (scope de profil non accordé)
fact-api-domain = Domaine d’API
fact-access-until = Fin de validité du jeton d’accès
fact-created = Créée le
fact-updated = Modifiée le

## Travailler avec une entreprise cliente : demandes et réponses

cancel-request = Annuler la demande { $name }
request-form-title = Que doit créer votre entreprise cliente ?
reconnect-request-made = Votre demande de nouvelle identification est prête à être envoyée
email-text = le texte de l’e-mail
copy-email-text = Copier le texte de l’e-mail
default-scopes = ceux par défaut
reply-holds = La réponse contient le Client ID et le Client Secret de cette connexion, chiffrés pour que seule la clé de cette demande puisse l’ouvrir.
reply-holds-sign-in = La réponse contient le Client ID, le Client Secret et l’identification de cette connexion, chiffrés pour que seule la clé de cette demande puisse l’ouvrir.
reply-saved = ✓ Enregistrée dans { $path }. Joignez-la à l’e-mail que vous envoyez en retour de celui qui accompagnait la demande.
reply-copied = ✓ Copiée. Collez-la dans l’e-mail que vous envoyez en retour de celui qui accompagnait la demande.
fingerprint-unknown = inconnue (la demande a été ouverte avec une version antérieure)
replaces-sign-in-of = sa nouvelle identification remplace celle de { $account } conservée ici
replaces-sign-in = sa nouvelle identification remplace celle conservée ici
account-confirmed = (Zoho l’a confirmé grâce à l’identification contenue dans la réponse)
account-as-reply-says = (selon la réponse : Zoho n’a pas pu le confirmer, comparez-le donc avec ce que votre entreprise cliente vous a indiqué)
account-not-known = inconnu
account-none = aucun
account-no-profile = (l’identification n’incluait pas le scope de profil)
account-no-sign-in = (la réponse ne contient pas d’identification : seulement le client)
confirm-account-and-client = C’est bien le compte Zoho et le client de mon entreprise cliente
confirm-client = C’est bien le client Zoho de mon entreprise cliente
reply-late = Cette réponse est arrivée après l’expiration de sa demande ({ $late }). N’importe qui ayant vu la demande aurait pu y répondre : ne l’importez que si vous attendiez cette réponse de votre entreprise cliente.
earlier-revoked = L’identification précédente a été révoquée chez Zoho.
earlier-gone = L’identification précédente ne fonctionnait déjà plus chez Zoho.
earlier-not-revoked = L’identification précédente n’a pas pu être révoquée maintenant (Zoho était injoignable) : l’administrateur de votre entreprise cliente peut la retirer dans son compte Zoho, sous Connected Apps (applications connectées).
reconnected = Nouvelle identification pour « { $name } » : elle a remplacé la précédente.
secret-regenerated = Son Client Secret a été régénéré : le nouveau a remplacé l’ancien dans { $store } · ••••{ $last4 }.
imported = Connexion « { $name } » importée · { $dc } · secret enregistré dans { $store } · ••••{ $last4 }
request-saved = ✓ Enregistrée dans { $path }.
link-copied = ✓ Lien copié. Collez-le dans votre e-mail.
removed-here = Connexion « { $name } » supprimée de cet ordinateur.

## Pourquoi une identification peut ne pas revenir (écran d’attente de l’étape 4)

cause-redirect-uri = L’URI de redirection déclarée dans la Zoho API console n’est pas exactement { $uri } (même port, sans barre oblique finale, localhost plutôt que 127.0.0.1). Zoho affiche alors « Invalid Redirect Uri » dans le navigateur au lieu de revenir ici. Ajoutez-la au client dans la console.
cause-other-data-centre = Le client est déclaré dans la console d’un autre centre de données que { $console }. Vérifiez que la console utilisée correspond au centre de données que vous avez choisi.
cause-other-computer = Le navigateur est sur un autre ordinateur, ou ne peut pas joindre celui-ci. Copiez l’adresse sur laquelle le navigateur s’est arrêté après Accept et collez-la ici.
cause-start-again = Recommencez l’identification et terminez-la dans le navigateur.
connected-summary = Connectée : { $account } · { $dc } · { $scopes }
your-zoho-account = votre compte Zoho
dc-changed = Zoho a répondu depuis le centre de données { $to }, et non { $from } ; la connexion utilise désormais { $to }.

## Remarques et avertissements à côté d’un résultat

note-client-id-shape = Ceci ne ressemble pas à un Client ID Zoho (en général 1000. suivi de 30 majuscules et chiffres). Vérifiez que vous avez copié le Client ID en entier.
note-client-secret-shape = Ceci ne ressemble pas à un Client Secret Zoho (en général 42 minuscules et chiffres). Vérifiez que vous l’avez copié en entier.
note-console-unconfirmed = Zoho n’a pas confirmé l’adresse { $console } de la console pour le centre de données { $dc }. Si elle ne s’ouvre pas, identifiez-vous sur { $accounts } et choisissez-y API Console.
note-catalyst-host-assumed = Zoho ne documente pas l’hôte de Catalyst pour le centre de données { $dc } : { $host } est donc supposé. Comparez le domaine de l’application avec l’URL de votre application dans la console Catalyst.
note-production-unconfirmed = Le domaine de l’application en production (.production.) n’est pas confirmé par Zoho. Comparez-le avec l’URL de votre application dans la console Catalyst.

## Étape 5 : la transmission (les noms des valeurs, puis les façons de faire de chaque intégration)

value-client-id = Client ID
value-client-secret = Client Secret
value-accounts-server = Serveur de comptes
value-api-domain = Domaine d’API
value-refresh-token = Jeton d’actualisation
handover-hotglue-title = Ajouter Zoho dans Optiply
handover-hotglue-intro = Optiply (via hotglue) s’identifie lui-même sur Zoho : il a besoin du Client ID et du Client Secret, pas des jetons de cette application.
handover-way-optiply = Dans le tableau de bord d’Optiply
handover-step-optiply-add = Ouvrez Settings > Integrations (Paramètres > Intégrations) et ajoutez Zoho comme source de données.
handover-step-optiply-paste = Collez le Client ID et le Client Secret à l’aide des boutons Copier de cette page.
handover-step-optiply-consent = Optiply ouvre ensuite lui-même la page de Zoho où vous acceptez l’accès : cliquez-y sur Accept (Accepter). Zoho vous renvoie alors vers l’URI de redirection de hotglue, { $hotglue }, que vous avez déclarée à l’étape 2.
handover-catalyst-title = Transmettre les identifiants à votre fonction Catalyst
handover-catalyst-intro = La fonction { $function } échange les codes de Zoho contre des jetons : elle a besoin du Client ID et du Client Secret. L’application conserve le jeton d’actualisation de chaque utilisateur dans sa propre table Data Store.
handover-way-environment = Plus sûr : en variables d’environnement de la fonction
handover-step-environment-open = Dans la console Catalyst, ouvrez Serverless > Functions > { $function } > Configuration > Environment variables.
handover-step-environment-add = Ajoutez { $idVar } avec le Client ID et { $secretVar } avec le Client Secret (pour Development, et pour Production lors du déploiement).
handover-step-environment-replace = Remplacez les constantes du code par ces deux lignes.
handover-way-constants = En constantes dans le code de la fonction (comme le fait le tutoriel LeadManager)
handover-step-constants-node = Édition Node.js : dans functions/{ $function }/index.js, donnez à CLIENTID la valeur du Client ID et à CLIENT_SECRET celle du Client Secret.
handover-step-constants-python = Édition Python : dans functions/{ $function }/main.py, renseignez CLIENT_ID et CLIENT_SECRET.
handover-step-constants-client = Le code côté navigateur (client/main.js) n’a besoin que du Client ID.
handover-warning-never-commit = Ne publiez jamais dans un dépôt public un Client Secret écrit dans le code d’une fonction : quiconque le lit peut agir en se faisant passer pour votre client. Si c’est arrivé, générez un nouveau secret dans la Zoho API console.
handover-custom-title = Utiliser la connexion depuis vos propres scripts
handover-custom-intro = Laissez zcw fournir à votre programme un jeton d’accès récent au démarrage, plutôt que de copier des secrets dans sa configuration.
handover-way-command-line = En ligne de commande
handover-step-zcw-exec = zcw exec { $name } -- ./votre-script l’exécute avec { $idVar }, { $tokenVar } (valable au moins 5 minutes), { $apiVar }, { $accountsVar } et { $dcVar } dans son environnement uniquement.
handover-step-zcw-token = zcw token { $name } affiche un jeton d’accès valable, pour une requête à la fois.
handover-step-zcw-export = zcw export { $name } --format dotenv affiche les mêmes valeurs pour les outils qui les lisent ; les secrets seulement sur demande.

## Vérifier cet ordinateur : le nom de chaque vérification, ce qu’elle a trouvé, et quoi faire

doctor-check = Vérification
doctor-stopped = La vérification s’est arrêtée avant la fin.
doctor-run-again = Relancez la vérification.
doctor-keychain = Trousseau
doctor-keychain-ok = Le trousseau de cet ordinateur répond et il est déverrouillé.
doctor-keychain-lost-entry = Le trousseau de cet ordinateur a accepté une entrée de test mais ne l’a pas restituée.
doctor-keychain-unavailable = Le trousseau de cet ordinateur n’est pas disponible ({ $reason }).
doctor-keychain-locked = Le trousseau de cet ordinateur est verrouillé ou a refusé l’accès ({ $reason }).
doctor-keychain-timeout = Le trousseau de cet ordinateur n’a pas répondu en { $seconds ->
        [one] { $seconds } seconde
       *[other] { $seconds } secondes
    }.
doctor-keychain-failed = { $reason }
doctor-keychain-restart = { $platform ->
        [windows] Redémarrez le Gestionnaire d’identification Windows, ou utilisez le fichier chiffré.
        [macos] Redémarrez votre trousseau de session (Trousseau d’accès), ou utilisez le fichier chiffré.
       *[other] Redémarrez votre trousseau (GNOME Keyring ou KWallet), ou utilisez le fichier chiffré.
    }
doctor-keychain-install = { $platform ->
        [windows] Démarrez le Gestionnaire d’identification Windows, ou utilisez le fichier chiffré.
        [macos] Démarrez votre trousseau de session (Trousseau d’accès), ou utilisez le fichier chiffré.
       *[other] Installez et démarrez votre trousseau (GNOME Keyring ou KWallet), ou utilisez le fichier chiffré.
    }
doctor-keychain-unlock = { $platform ->
        [windows] Déverrouillez le Gestionnaire d’identification Windows (l’ouverture de session Windows le fait en général), puis vérifiez à nouveau.
        [macos] Déverrouillez votre trousseau de session dans Trousseau d’accès (l’ouverture de session sur votre Mac le fait en général), puis vérifiez à nouveau.
       *[other] Déverrouillez votre trousseau (GNOME Keyring ou KWallet ; l’ouverture de votre session de bureau le fait en général), puis vérifiez à nouveau.
    }
doctor-keychain-waiting = Il attend peut-être son mot de passe dans une fenêtre : déverrouillez-le, puis vérifiez à nouveau.
doctor-ports = Port d’identification
doctor-ports-free = Le port { $ports } de localhost est libre pour l’identification.
doctor-ports-busy = Déjà utilisé : { $ports }.
doctor-ports-fix = Fermez ce programme avant de vous identifier, ou donnez un autre port à la connexion et déclarez http://localhost:PORT/callback pour celui-ci dans la Zoho API console.
doctor-browser = Navigateur
doctor-browser-set = $BROWSER désigne { $program }, qui est bien présent.
doctor-browser-missing = $BROWSER désigne { $program }, qui est introuvable.
doctor-browser-fix = Donnez à BROWSER le nom d’un navigateur installé ici, ou supprimez cette variable pour utiliser le navigateur par défaut du bureau.
doctor-browser-no-xdg-open = xdg-open, qui ouvre le navigateur du bureau, n’est pas installé.
doctor-browser-install = Installez xdg-utils, ou donnez à BROWSER le nom de votre navigateur. Vous pouvez aussi copier l’adresse d’identification à la main.
doctor-browser-default = Le navigateur par défaut du bureau ouvre les adresses.
doctor-updates = Mises à jour
doctor-updates-available = La version { $newest } est disponible ; celle-ci est la version { $running }.
doctor-updates-fix = Mettez à jour l’application : avec le gestionnaire de paquets qui l’a installée (sudo apt update && sudo apt upgrade, ou sudo dnf upgrade), ou avec « Rechercher des mises à jour » dans l’application.
doctor-updates-off = Ceci est la version { $running }. L’application ne recherche pas d’elle-même les nouvelles versions (option désactivée dans l’application).
doctor-updates-current = Ceci est la version { $running }, la plus récente que l’application a trouvée lors de sa dernière recherche.
doctor-updates-not-yet = Ceci est la version { $running }. L’application n’a pas encore recherché de version plus récente.
doctor-folder = Dossier des réglages
doctor-folder-private = { $path } n’est accessible qu’à vous.
doctor-folder-other-owner = { $path } appartient à un autre utilisateur.
doctor-folder-open = { $path } est accessible à d’autres utilisateurs (mode { $mode }).
doctor-folder-files-open = D’autres utilisateurs ont accès à { $files } dans { $path }.
doctor-folder-narrowed = L’application en réservera l’accès à vous seul lors du prochain enregistrement ; vous pouvez aussi définir ZCW_CONFIG_DIR sur un dossier à vous.
doctor-folder-unreadable = { $reason }
doctor-folder-own = Définissez ZCW_CONFIG_DIR sur un dossier à vous.
doctor-server = Zoho { $dc } ({ $host })
doctor-server-override = Serveur de comptes { $host }
doctor-server-fix = Vérifiez l’accès à Internet, et un éventuel proxy ou pare-feu.
doctor-server-silent = Aucun retour en { $seconds ->
        [one] { $seconds } seconde
       *[other] { $seconds } secondes
    }.
doctor-server-unreachable = Injoignable : { $reason }.
doctor-clock-off = Joignable, mais l’horloge de cet ordinateur a { $offset } s d’écart avec celle de Zoho.
doctor-clock-fix = Mettez l’horloge à l’heure (activez l’heure automatique) : les codes et les jetons de Zoho échouent quand elle a plusieurs minutes d’écart.
doctor-clock-agrees = Joignable ; l’horloge est à l’heure ({ $offset } s d’écart).
doctor-reachable = Joignable.

## Les demandes envoyées aux entreprises clientes, telles que les liste l’écran des connexions

request-waiting = En attente de la réponse · expire { $expires }
request-expired = Expirée { $expires }, aucune réponse importée
request-answered = Réponse reçue { $when }
disconnected-revoked = Zoho a révoqué l’identification de « { $name } » (son jeton d’actualisation et les jetons d’accès obtenus grâce à lui).
disconnected-alreadyRevoked = L’identification de « { $name } » n’était déjà plus valable chez Zoho.
disconnected-localOnly = Les jetons de « { $name } » ont été effacés ici seulement : Zoho les accepte peut-être encore. Révoquez vous-même l’identification dans votre compte Zoho, sous Connected Apps (applications connectées).
disconnected-notSignedIn = « { $name } » n’avait aucune identification à révoquer.

## Les noms de fonction du tutoriel Catalyst, par édition (étape 1)

edition-crm_crud = Éditions Node.js et Java
edition-lead_manager_function = Édition Python

# Erreurs : chacune dit ce qui s’est passé, puis quoi faire


## reached

reached-crm-org = Organisation CRM { $org }
reached-crm-user = Utilisateur CRM { $email }
reached-crm-leads = Module Leads du CRM
reached-crm-no-leads = Module Leads du CRM (aucun lead pour l’instant)
reached-zoho-account = Compte Zoho { $email }


## Ce qui ne va pas dans une valeur citée par une erreur : chaque message complète la phrase de son erreur.
## Entre parenthèses après « L’adresse du stockage d’équipe « … » n’est pas utilisable » ou « ZCW_… vaut « … » : cette adresse n’est pas acceptée » (« elle » est l’adresse) :
flaw-address-empty = elle est vide ; indiquez l’adresse du serveur, par exemple https://vault.example.com:8200
flaw-address-not-web = ce n’est pas une adresse web
flaw-address-has-path = elle contient un chemin ; indiquez seulement l’adresse du serveur
flaw-address-unencrypted = elle enverrait des secrets non chiffrés à un autre ordinateur ; utilisez https://
flaw-address-other-scheme = elle n’est ni en https://, ni en http:// sur cet ordinateur
flaw-address-has-credentials = elle contient un nom d’utilisateur ou un mot de passe
## Après « L’application n’affiche pas le nom de l’expéditeur de cette demande : » (« il » est le nom) :
flaw-sender-empty = il est vide
flaw-sender-spaced = il commence ou finit par des espaces, ou en contient plusieurs à la suite
flaw-sender-too-long = il dépasse { $max } caractères
flaw-sender-like-code = il contient un code qui a la forme d’une empreinte
flaw-sender-hidden-characters = il contient des caractères qui pourraient masquer ou réordonner ce qui apparaît à l’écran (caractères de contrôle ou de mise en forme) ou d’autres symboles
## Entre les parenthèses de « L’adresse collée n’est pas l’adresse de retour… (…) » (« elle » est l’adresse collée) :
flaw-pasted-not-web = ce n’est pas une adresse web
flaw-pasted-no-redirect-uri = cette connexion n’a pas d’URI de redirection valable
flaw-pasted-elsewhere = elle mène ailleurs
flaw-pasted-other-attempt = elle appartient à une autre tentative d’identification
flaw-pasted-repeated = son paramètre { $part } y figure plusieurs fois
flaw-pasted-no-code = elle ne contient pas de code
## Après « La réponse pour « … » contient une valeur inutilisable : » ou « L’enregistrement … du stockage d’équipe est endommagé : » (sans « elle » ni « il » : réponse et enregistrement n’ont pas le même genre) :
flaw-other-connection = la connexion indiquée n’est pas « { $name } »
flaw-name-not-allowed = le nom de la connexion n’est pas autorisé
flaw-client-id-unusable = le Client ID n’est pas un Client ID valable de Zoho
flaw-client-secret-unusable = le Client Secret n’est pas un Client Secret valable de Zoho
flaw-other-client = le client indiqué n’est pas celui qu’utilise la connexion
flaw-unknown-data-centre = le centre de données indiqué n’existe pas chez Zoho
flaw-other-data-centre = le client se trouve dans le centre de données { $dc }, alors que la demande indiquait { $asked }
flaw-registration-invalid = la déclaration prévue par la demande n’est pas valable dans le centre de données de la réponse ({ $field ->
        [none] l’une de ses valeurs
       *[other] champ « { $field } »
    })
flaw-no-sign-in = l’identification que la demande réclamait est absente
flaw-untrusted-accounts-server = le serveur de comptes n’est pas un serveur de comptes Zoho de confiance
flaw-accounts-server-elsewhere = le serveur de comptes appartient au centre de données { $other }, et non au centre de données { $dc }
flaw-api-domain-elsewhere = le domaine d’API n’est pas celui du centre de données { $dc } ({ $expected })
flaw-scopes-not-zohos = les scopes indiqués ne sont pas des noms de scopes Zoho
flaw-account-not-address = le compte utilisé pour l’identification n’est pas une adresse e-mail
flaw-connection-gone = la connexion pour laquelle une nouvelle identification était demandée n’existe plus ici
flaw-client-changed = ici, la connexion utilise désormais un autre client
flaw-data-centre-changed = ici, la connexion a changé de centre de données depuis la demande
flaw-signed-in-since = quelqu’un s’est de nouveau identifié ici pour cette connexion après la création de la demande
flaw-account-unnamed = Zoho n’indique pas à quel compte appartient l’identification, alors que la demande voulait le savoir
flaw-account-not-zohos = le compte indiqué n’est pas celui avec lequel, selon Zoho, l’identification a eu lieu ({ $zoho })
flaw-other-account = l’identification a été faite avec un autre compte Zoho que celui de la connexion ({ $earlier })
flaw-account-unknown = Zoho n’indique pas avec quel compte l’identification a eu lieu, alors que la connexion utilisait le compte { $earlier }
flaw-kept-under-another = la connexion indiquée n’est pas celle sous laquelle l’enregistrement est conservé (« { $key } »)
flaw-port-unusable = le port local (loopback) n’est pas utilisable
flaw-redirect-uri-unusable = une URI de redirection n’est pas utilisable
flaw-homepage-unusable = l’URL de la page d’accueil n’est pas utilisable
flaw-client-name-not-allowed = le nom du client n’est pas autorisé
flaw-signed-in-at-unknown = le centre de données de l’identification n’existe pas chez Zoho
flaw-request-unusable = la demande dont provient la connexion n’est pas utilisable

## Ce que l’application a fait pour vous, au-dessus de la liste des connexions
notice-cached-token-replaced = Le jeton d’accès mis en cache pour « { $name } » ne pouvait pas venir de Zoho (son expiration, ses délais de renouvellement ou son domaine d’API étaient incorrects) : il a donc été remplacé par un nouveau.
notice-token-not-kept = Le nouveau jeton d’accès de « { $name } » n’a pas pu être conservé pour le prochain appel. Il n’a servi que cette fois ; vérifiez l’endroit où sont conservés les secrets de cette connexion.
notice-request-removed = La demande « { $name } » a expiré { $when } sans réponse : elle a été supprimée avec sa clé, et aucune réponse à cette demande ne pourra donc être ouverte. Créez une nouvelle demande si vous en avez encore besoin.

## why

why-never-connected = elle n’a jamais été connectée
why-refresh-token-missing = son refresh token manque
why-refresh-token-refused = Zoho n’accepte plus son refresh token (révoqué, ou remplacé par des identifications plus récentes : Zoho en garde au plus 20 par utilisateur)
why-disconnected-during-refresh = elle a été déconnectée pendant le renouvellement de son access token
why-disconnected = elle a été déconnectée
why-no-refresh-token = elle n’a pas de refresh token

## InputError

error-unknown_data_centre = Centre de données « { $given } » inconnu. Choisissez parmi : { $known }.
# Un nom de client : seulement des lettres, des chiffres, des espaces, _ et & (ni trait d’union, ni apostrophe).
suggested-client-name = Mon client Zoho
error-client_name_empty = Saisissez un nom de client, par exemple { $example }.
error-client_name_invalid_chars = Le nom du client contient { $chars }. Zoho n’accepte que des lettres, des chiffres, des espaces, _ et &.
error-port_empty = Saisissez un numéro de port (de { $min } à { $max }).
error-port_not_number = « { $given } » n’est pas un numéro de port. Saisissez un nombre entier de { $min } à { $max }.
error-port_out_of_range = Le port { $value } est hors limites. Utilisez un port de { $min } à { $max }.
error-ports_clash = Le port { $port } est aussi celui du serveur local. Choisissez un autre port pour l’adresse locale (loopback) de cette application.
error-project_name_empty = Saisissez le nom du projet Catalyst, tel qu’il apparaît dans la console Catalyst (par exemple LeadManager).
error-project_name_invalid_chars = Le nom du projet contient { $chars }. N’utilisez que des lettres et des chiffres (les espaces sont supprimés, les majuscules passent en minuscules).
error-org_id_empty = Saisissez l’Org ID : le nombre qui suit /baas/ dans l’adresse de votre console Catalyst, ou collez cette adresse entière.
error-org_id_not_numeric = L’Org ID « { $given } » n’est pas un nombre. Copiez les chiffres qui suivent /baas/ dans l’adresse de votre console Catalyst, ou collez cette adresse entière.
error-org_id_not_in_url = Cette adresse ne contient pas d’Org ID. Ouvrez votre projet dans la console Catalyst et copiez l’adresse depuis la barre d’adresse du navigateur (elle contient /baas/ suivi de chiffres).
error-unknown_environment = Environnement « { $given } » inconnu. Choisissez development (développement) ou production.
error-function_name_empty = Saisissez le nom de la fonction (crm_crud pour les éditions Node.js et Java, lead_manager_function pour Python).
error-function_name_invalid_chars = Le nom de la fonction contient { $chars }. N’utilisez que des lettres, des chiffres, _ et -.
error-url_empty = Saisissez une adresse qui commence par https://.
error-url_malformed = « { $given } » n’est pas une adresse web complète ({ $reason }). Saisissez-la sous la forme https://example.com/...
error-url_not_https = « { $given } » doit commencer par https:// (le simple http:// n’est accepté que pour localhost).
error-url_loopback_ip = Zoho refuse 127.0.0.1 et [::1] dans les URI de redirection. Écrivez plutôt « { $suggestion } ».
error-url_has_query_or_fragment = « { $given } » contient une requête (?...) ou un fragment (#...). Supprimez tout à partir du caractère ? ou #.
error-url_has_credentials = « { $given } » contient un nom d’utilisateur ou un mot de passe. Supprimez la partie qui précède le @.
error-connection_name_empty = Saisissez un nom pour cette connexion, par exemple LeadManagerApp.
error-connection_name_invalid_chars = Le nom de la connexion contient { $chars }. N’utilisez que des lettres, des chiffres, des espaces, _, . et -.
error-connection_name_too_long = Le nom de la connexion est trop long. Utilisez au plus { $max } caractères.
error-connection_exists = Une connexion nommée « { $name } » existe déjà. Choisissez un autre nom, ou ouvrez cette connexion pour remplacer son secret.
error-connection_not_found = Il n’existe aucune connexion nommée « { $name } ».
error-client_id_empty = Collez le Client ID que Zoho a affiché après votre clic sur Create.
error-client_id_looks_like_secret = Ceci ressemble au Client Secret, pas au Client ID. Collez-le dans le champ Client Secret, et copiez dans celui-ci le Client ID (il commence par 1000.).
error-client_id_has_spaces = Le Client ID contient des espaces. Copiez-le à nouveau depuis la Zoho API console, sans rien autour.
error-client_secret_empty = Collez le Client Secret que Zoho a affiché après votre clic sur Create.
error-client_secret_looks_like_id = Ceci ressemble au Client ID (il commence par 1000.), pas au Client Secret. Collez ici le Client Secret : dans la Zoho API console, il est affiché sous le Client ID.
error-passphrase_too_short = La phrase secrète est trop courte. Utilisez au moins { $min } caractères, idéalement quelques mots sans rapport entre eux.
error-passphrase_mismatch = Les deux phrases secrètes sont différentes. Saisissez deux fois la même phrase secrète.
error-wrong_passphrase = Phrase secrète incorrecte pour le fichier chiffré : ce n’est pas celle qui a été choisie à la création du fichier.
error-server_url_rejected = { $variable } vaut « { $value } » : cette adresse n’est pas acceptée ({ $reason }). Donnez-lui une adresse https://, ou http:// sur cet ordinateur uniquement (127.0.0.1, [::1] ou localhost), ou supprimez cette variable.
error-account_changed = Identification avec le compte { $now }, alors que cette connexion utilisait le compte { $previous }. La nouvelle identification n’a pas été conservée, et ses jetons ont été révoqués.
error-team_address_rejected = L’adresse du stockage d’équipe « { $value } » n’est pas utilisable ({ $reason }).
error-team_path_invalid = La valeur « { $value } » du champ { $field } n’est pas un chemin valide dans le stockage d’équipe. Utilisez des lettres, des chiffres, _, - et ., avec des / entre les parties.
error-team_app_role_incomplete = Un AppRole a besoin à la fois de son role ID et du fichier qui contient son secret ID. Indiquez les deux, ou aucun des deux pour utiliser un jeton.
error-connection_name_dots = Un nom de connexion ne peut pas être composé uniquement de points. Ajoutez aussi des lettres ou des chiffres.
error-requester_empty = Indiquez qui demande les identifiants, sous le nom que l’administrateur de l’entreprise cliente vous connaît (par exemple Acme Integrations).
error-requester_invalid_chars = « Qui demande » contient { $chars }. N’utilisez que des lettres, des chiffres, des espaces et la ponctuation simple (. , - ' & ( ) / @ + _ : ! ? #).
error-requester_too_long = « Qui demande » est trop long. Utilisez au plus { $max } caractères.
error-requester_looks_like_code = « Qui demande » contient un code qui ressemble à une empreinte (des groupes de quatre lettres ou chiffres, comme ABCD-1234). Écrivez le nom seul : l’application de l’administrateur affiche d’elle-même l’empreinte de la demande, et rien de ce que dit la demande ne doit y ressembler.
error-request_name_looks_like_code = Le nom de connexion d’une demande ne peut pas ressembler à une empreinte (des groupes de quatre lettres ou chiffres, comme ABCD-1234) : l’administrateur compare l’empreinte affichée par son application. Choisissez un autre nom.
error-request_lifetime_out_of_range = Une demande ne peut pas durer { $given }. Choisissez une durée de { $min } à { $max }.
error-pasted_address_invalid = L’adresse collée n’est pas l’adresse de retour de l’identification de cette connexion ({ $reason }). Collez l’adresse entière, copiée depuis la barre d’adresse du navigateur une fois que Zoho vous y a renvoyé (elle commence par { $expected }).

## StoreError

error-read_back_mismatch = Le secret relu dans { $store } ne correspond pas à celui qui a été saisi : il n’a donc pas été conservé. Essayez de l’enregistrer à nouveau.
error-secret_missing = Le Client Secret de « { $name } » ne se trouve pas dans { $store }.

## FileError

error-config_dir_unknown = Impossible de trouver un dossier pour les réglages : aucun dossier personnel n’est connu. Définissez ZCW_CONFIG_DIR sur un dossier où cette application peut écrire.
error-cannot_write = Impossible d’écrire { $path }. Vérifiez que le dossier existe et qu’il est accessible en écriture, ou définissez ZCW_CONFIG_DIR sur un autre dossier.
error-cannot_read = Impossible de lire { $path }. Vérifiez qu’il existe et que vous avez le droit de le lire.
error-not_a_regular_file = { $path } n’est pas un fichier (c’est un dossier, un tube ou un périphérique) : il n’a donc pas été lu. Choisissez le fichier lui-même.
error-too_large = { $path } dépasse { $max_kib } Kio, bien plus que le fichier attendu : il n’a donc pas été lu. Choisissez le bon fichier.
error-not_text = { $path } ne contient pas de texte : ce n’est donc pas le fichier attendu. Choisissez le bon fichier.
error-not_yours = Le dossier { $path } appartient à un autre utilisateur : cette application n’y gardera donc pas ses fichiers. Utilisez un dossier à vous (définissez ZCW_CONFIG_DIR), ou rendez celui-ci à votre utilisateur.
error-draft_corrupt = Le brouillon enregistré de l’assistant n’a pas pu être lu : il a été déplacé vers { $moved_to } et l’assistant repart de zéro. Remplissez à nouveau les étapes ; l’ancien brouillon reste à cet endroit si vous avez besoin d’une de ses valeurs.
error-connections_corrupt = Le fichier des connexions n’a pas pu être lu. Il a été déplacé vers { $moved_to } pour que rien ne soit perdu, et une liste vide commence maintenant. Restaurez-le depuis cet endroit si vous le pouvez.
error-connections_from_newer_version = Le fichier des connexions { $path } a été écrit par une version plus récente de cette application (schéma { $version }). Mettez à jour Zoho Credential Wizard pour l’utiliser.

## BrowserError

error-launch_failed = Impossible d’ouvrir le navigateur. Copiez plutôt l’adresse { $url } dans votre navigateur.
error-untrusted_url = Ouverture de { $url } refusée : ce n’est pas la Zoho API console d’un centre de données connu. Rien n’a été ouvert. Utilisez le bouton « Ouvrir la Zoho API console », qui ouvre la console du centre de données que vous avez choisi.

## ClipboardError

error-unavailable = Le presse-papiers n’est pas utilisable ici. La copie a besoin d’une session de bureau : lancez ceci là où vous collerez le texte.

## SignInError

error-port_in_use = Le port { $port } est déjà utilisé sur cet ordinateur : l’identification ne peut donc pas revenir à cette application. Fermez le programme qui l’utilise et réessayez, ou choisissez un autre port pour cette connexion et déclarez http://localhost:PORT/callback pour celui-ci dans la Zoho API console.
error-port_permission_denied = Cet ordinateur n’autorise pas l’écoute sur le port { $port } (sous Windows, ce port fait peut-être partie d’une plage réservée). Choisissez un autre port pour cette connexion et déclarez http://localhost:PORT/callback pour celui-ci dans la Zoho API console.
error-listener_failed = Cette application n’a pas pu écouter sur le port { $port } pour l’identification. Fermez le programme qui l’utilise et réessayez, ou choisissez un autre port pour cette connexion et déclarez http://localhost:PORT/callback pour celui-ci dans la Zoho API console.
error-timed_out = Zoho n’a rien renvoyé en { $seconds ->
        [one] { $seconds } seconde
       *[other] { $seconds } secondes
    }. { $causes }
error-cancelled = L’identification a été annulée. Recommencez-la quand vous serez prêt.
error-declined = Vous avez refusé l’accès dans Zoho : aucun jeton n’a donc été émis. Recommencez l’identification et cliquez sur Accept (Accepter) dans Zoho.
error-untrusted_accounts_server = Le retour de Zoho désigne { $server } comme serveur de comptes, mais ce n’est pas un serveur de comptes Zoho connu. Rien ne lui a été envoyé. Recommencez l’identification ; si cela se reproduit, quelqu’un tente peut-être de détourner l’identification.
error-not_started = Aucune identification n’est en cours. Recommencez l’identification.
error-discarded = La nouvelle identification a été annulée chez Zoho et ses jetons effacés ; la connexion reste identifiée avec le compte { $previous }. Pour utiliser malgré tout l’autre compte, identifiez-vous à nouveau et choisissez de passer à ce compte.
error-revoke_unreachable = Zoho n’a pas pu être joint pour révoquer l’identification de « { $name } » : rien n’a donc été effacé. Vous pouvez aussi la révoquer vous-même : dans votre compte Zoho, ouvrez Connected Apps (applications connectées) et retirez ce client.
error-needs_sign_in = « { $name } » n’a pas d’identification valide : { $why }.

## ZohoError

error-invalid_client = Zoho a refusé le client : le Client Secret est incorrect, ou ce client est déclaré dans un autre centre de données. Vérifiez le centre de données, remplacez le secret si vous en avez généré un nouveau, et réessayez.
error-invalid_client_secret = Selon Zoho, le Client Secret est incorrect. Copiez-le à nouveau depuis la Zoho API console (ou générez-en un nouveau) et remplacez-le.
error-invalid_code = Le code d’identification a expiré ou a déjà servi (un code n’est valable que 1 à 2 minutes). Recommencez l’identification.
error-invalid_redirect_uri = Selon Zoho, l’URI de redirection ne correspond pas à celle qui est déclarée. Déclarez { $uri } à l’identique (même port, sans barre oblique finale) dans la Zoho API console.
error-rate_limited = Zoho limite le débit de ce client (trop de requêtes). Attendez quelques minutes et réessayez.
error-access_denied = Zoho a refusé l’accès : trop d’identifications pour ce client, ou l’accès a été refusé. Attendez quelques minutes, puis identifiez-vous à nouveau.
error-unexpected = Zoho a renvoyé une erreur que cette application ne connaît pas. Réessayez ; si cela se reproduit, vérifiez le client dans la Zoho API console.
error-bad_response = Ce que Zoho a renvoyé est incompréhensible. Réessayez dans quelques minutes ; si cela se reproduit, Zoho est peut-être en train de modifier quelque chose de son côté.
error-token_rate_limited = Zoho accepte au plus 10 nouveaux jetons d’accès par période de 10 minutes pour une connexion, et « { $name } » les a tous utilisés. Réessayez dans { $wait_secs ->
        [one] { $wait_secs } seconde
       *[other] { $wait_secs } secondes
    }.

## NetworkError

error-timeout = Zoho n’a pas répondu en { $seconds ->
        [one] { $seconds } seconde
       *[other] { $seconds } secondes
    }. Vérifiez l’accès à Internet (et le proxy éventuel), puis réessayez.
error-unreachable = Zoho est injoignable. Vérifiez l’accès à Internet (et le proxy éventuel), puis réessayez.

## Error


## KeychainError

error-keychain_unavailable = Le trousseau de cet ordinateur n’est pas disponible. Installez et démarrez un trousseau comme GNOME Keyring ou KWallet, déverrouillez-le, puis réessayez. Rien n’a été enregistré.
error-keychain_locked = Le trousseau de cet ordinateur est verrouillé ou a refusé l’accès. Déverrouillez-le (ouvrez votre session de bureau, ou déverrouillez le trousseau dans son application), puis réessayez. Rien n’a été enregistré.
error-keychain_timeout = Le trousseau de cet ordinateur n’a pas répondu en { $seconds ->
        [one] { $seconds } seconde
       *[other] { $seconds } secondes
    }. Il est peut-être verrouillé et attend son mot de passe dans une fenêtre : déverrouillez-le et réessayez. Le trousseau peut encore terminer la modification plus tard ; la prochaine modification de vos connexions le vérifiera et remettra tout en ordre.
error-keychain_too_long = { $what ->
        [secret] Le secret
       *[name] Le nom de l’entrée
    } est plus long que ce qu’accepte le trousseau de cet ordinateur ({ $limit } octets au plus) : il n’a donc pas été enregistré.
error-keychain_failure = Le trousseau de cet ordinateur a rencontré une erreur. Réessayez ; si l’erreur persiste, redémarrez votre trousseau.

## FileStoreError

error-file_store_missing = Le fichier chiffré { $path } n’existe pas encore.
error-file_store_corrupt = Le fichier chiffré { $path } est illisible : il est endommagé, ou ce n’est pas un fichier chiffré de cette application. Restaurez-le depuis une sauvegarde, ou déplacez-le ailleurs et enregistrez à nouveau les secrets.
error-file_store_key_mismatch = Le fichier chiffré { $path } n’a pas été créé avec la clé contenue dans { $key } : ces deux fichiers ne vont pas ensemble. Rien n’a été modifié. Remettez le fichier de clé qui se trouvait à côté de ce fichier chiffré (issu de la même sauvegarde ; un fichier de clé mis de côté auparavant est conservé à côté, avec un nom qui se termine par .unused), ou déplacez les deux ailleurs et enregistrez à nouveau les secrets. Si le fichier chiffré est gardé déverrouillé en arrière-plan, verrouillez-le puis déverrouillez-le à nouveau.
error-file_store_key_damaged = Le fichier de clé { $key } du fichier chiffré est endommagé. Rien n’a été modifié. Restaurez-le depuis la même sauvegarde que { $path } ; sans lui, le fichier chiffré ne peut pas être ouvert.
error-file_store_too_much_work = Ouvrir { $path } avec sa phrase secrète demande plus de calcul (scrypt 2^{ $required }) que cet ordinateur n’en autorise (jusqu’à 2^{ $allowed }) : la phrase secrète a été définie sur un ordinateur beaucoup plus rapide, ou pas par cette application. Rien n’a été modifié. Ouvrez le fichier chiffré sur l’ordinateur où sa phrase secrète a été définie et choisissez-y une nouvelle phrase secrète.
error-file_store_key_missing = La clé du fichier chiffré { $path } est introuvable : sa phrase secrète ouvre le fichier de clé placé à côté, { $key }, qui n’y est pas. Rien n’a été modifié. Restaurez le fichier de clé depuis la même sauvegarde que le fichier chiffré.
error-passphrase_needed = Les secrets sont conservés dans le fichier chiffré, qui a besoin de sa phrase secrète.
error-agent = L’agent qui garde le fichier chiffré déverrouillé en arrière-plan a rencontré une erreur.
error-agent_outdated = L’agent qui garde le fichier chiffré déverrouillé a été lancé par une autre version de ce programme (protocole { $found } ; celle-ci utilise { $expected }), comme c’est le cas après une mise à jour.
error-agent_running = Un agent est déjà en cours d’exécution (son socket est { $path }).

## TeamError

error-team_unreachable = Le stockage d’équipe à l’adresse { $address } est injoignable. Vérifiez l’adresse et que le serveur fonctionne, puis réessayez. Rien n’a été modifié.
error-team_quorum_lost = Le cluster du stockage d’équipe ({ $addresses }) n’a aucun nœud actif : { $down } de ses { $nodes } nœuds ne répondent pas, il a donc perdu son quorum (une majorité doit fonctionner). Démarrez les nœuds arrêtés, puis réessayez. Rien n’a été modifié.
error-team_no_active_node = Le cluster du stockage d’équipe ({ $addresses }) n’a trouvé aucun nœud actif en { $seconds ->
        [one] { $seconds } seconde
       *[other] { $seconds } secondes
    } (une élection qui n’aboutit pas). Vérifiez l’état du cluster, puis réessayez. Rien n’a été modifié.
error-team_sealed = Le stockage d’équipe à l’adresse { $address } est scellé (sealed). Demandez à la personne qui le gère de le desceller (bao operator unseal, ou vault operator unseal), puis réessayez. Rien n’a été modifié.
error-team_token_missing = Aucun jeton pour le stockage d’équipe. Définissez VAULT_TOKEN (ou BAO_TOKEN), ou ouvrez une session avec bao login ou vault login (ils gardent le jeton dans ~/.vault-token) ; sur un serveur, indiquez un AppRole (role ID et fichier du secret ID).
error-team_token_rejected = Le stockage d’équipe à l’adresse { $address } a refusé le jeton : il a expiré ou a été révoqué. Obtenez-en un nouveau (bao login, vault login, ou un nouveau secret ID d’AppRole), puis réessayez. Rien n’a été modifié.
error-team_permission_denied = Le jeton du stockage d’équipe n’a pas le droit de { $capability ->
        [read] lire
        [list] lister le contenu de
        [create] créer
        [delete] supprimer
       *[update] modifier
    } « { $path } ». Sa politique (policy) doit accorder la capacité « { $capability } » sur ce chemin (voir le README, section Teams and servers). Rien n’a été modifié.
error-team_app_role_refused = L’ouverture de session AppRole sur le stockage d’équipe a été refusée. Vérifiez le role ID, et que le secret ID de son fichier est toujours valable.
error-team_secret_id_file = Le fichier du secret ID de l’AppRole { $path } est illisible. Vérifiez qu’il existe et que cet utilisateur a le droit de le lire.
error-team_ca_cert = Le certificat de l’autorité (CA) du stockage d’équipe, { $path }, est inutilisable. Indiquez un fichier PEM contenant l’autorité qui a signé le certificat du serveur.
error-team_answer = Le stockage d’équipe à l’adresse { $address } a refusé la requête (HTTP { $status }). Rien n’a été modifié. Réessayez ; si cela se reproduit, montrez les détails à la personne qui gère le stockage d’équipe.
error-team_record_unreadable = L’enregistrement { $path } du stockage d’équipe n’a pas la forme qu’écrit cette application. Quelqu’un l’a modifié à la main : corrigez-le ou supprimez-le.
error-team_record_damaged = L’enregistrement { $path } du stockage d’équipe est endommagé : { $problem }. Il n’est pas utilisé. Corrigez-le, ou supprimez-le et ajoutez de nouveau la connexion.
error-team_conflict = L’enregistrement { $path } du stockage d’équipe n’a pas cessé de changer pendant l’opération (d’autres machines écrivaient). Réessayez dans un instant.
error-team_refresh_stuck = Une autre machine renouvelle le jeton d’accès de « { $name } » depuis { $seconds ->
        [one] { $seconds } seconde
       *[other] { $seconds } secondes
    } sans terminer. Réessayez dans une minute ; si cela se reproduit, vérifiez cette machine.
error-team_not_set_up = Aucun stockage d’équipe n’est configuré sur cet ordinateur.

## ApiError

error-other_host = { $given } n’est pas sur le domaine d’API de « { $name } », { $domain } : son jeton n’est envoyé nulle part ailleurs, donc rien n’a été envoyé. Indiquez un chemin comme /crm/v8/org, ou une adresse sur { $domain }.
error-bad_target = « { $given } » n’est ni un chemin ni une adresse d’API. Indiquez un chemin comme /crm/v8/org.
error-bad_header = L’en-tête « { $name } » ne peut pas être envoyé : un en-tête s’écrit Nom: valeur, le nom composé de lettres, de chiffres et de -, la valeur sur une seule ligne en ASCII simple. Corrigez-le et réessayez.
error-header_refused = L’en-tête { $header } est défini à partir de la connexion elle-même et ne peut pas être fourni. Retirez-le et réessayez.
error-no_api_domain = « { $name } » n’a aucun domaine d’API enregistré et son centre de données n’en indique aucun : son jeton ne peut donc aller nulle part. Identifiez-vous à nouveau pour que Zoho l’indique.
error-token_refused = Zoho a refusé le jeton d’accès de « { $name } » (INVALID_TOKEN), encore une fois juste après la création d’un nouveau jeton : l’identification a été révoquée ou n’est plus valide.
error-scope_missing = { $needs ->
        [none] Le jeton d’accès de « { $name } » fonctionne, mais ses scopes ne couvrent pas cet appel (Zoho a renvoyé OAUTH_SCOPE_MISMATCH) ; scopes accordés lors de l’identification : { $granted }. La documentation de Zoho pour cet appel indique le scope nécessaire.
       *[other] Le jeton d’accès de « { $name } » fonctionne, mais ses scopes ne couvrent pas cet appel (Zoho a renvoyé OAUTH_SCOPE_MISMATCH) : il faut le scope { $needs } ; scopes accordés lors de l’identification : { $granted }.
    }
error-api_rate_limited = La limite de débit de l’API Zoho a été atteinte pour « { $name } » (HTTP 429) : plus rien n’est envoyé pour le moment. Attendez une minute, puis réessayez.

## OnboardingError

error-request_unreadable = Ceci n’est pas une demande d’identifiants de Zoho Credential Wizard. Demandez à l’expéditeur de vous renvoyer le fichier de demande ou son lien.
error-feed_unreachable = La source des mises à jour ({ $address }) est injoignable : l’application n’a donc pas pu rechercher de nouvelle version. Vérifiez l’accès à Internet et réessayez plus tard ; l’application reste inchangée.
error-feed_unreadable = Le retour de la source des mises à jour n’est pas dans un format que cette application sait lire : aucune mise à jour n’a donc été proposée. Réessayez plus tard ; l’application reste inchangée.
error-signature_refused = La mise à jour téléchargée ne porte pas de signature numérique valide de l’éditeur de l’application : elle n’a donc pas été installée. L’application reste inchangée. Réessayez plus tard ; si cela se reproduit, téléchargez l’application depuis sa page des versions (Releases) et vérifiez-la comme l’indique le README.
error-download_failed = La mise à jour n’a pas pu être téléchargée. Réessayez plus tard ; l’application reste inchangée.
error-install_failed = La mise à jour n’a pas pu être installée ; l’application reste inchangée. Réessayez, ou téléchargez la nouvelle version depuis la page des versions (Releases) de l’application.
error-nothing_to_install = Aucune mise à jour n’attend d’être installée. Cliquez d’abord sur « Rechercher des mises à jour ».
error-offer_changed = La source des mises à jour propose maintenant la version { $now }, et non la version { $offered } que vous aviez acceptée : rien n’a donc été installé. Cliquez à nouveau sur « Rechercher des mises à jour ».
error-request_from_newer_app = Cette demande a été créée par une version plus récente de Zoho Credential Wizard (version { $version } du format) : cette version-ci ne peut pas la lire. Mettez à jour l’application, puis ouvrez à nouveau la demande ; rien n’a été créé.
error-request_expired = La demande de { $from } a expiré ({ $when }). Demandez à { $from } de vous en envoyer une nouvelle ; rien n’a été envoyé.
error-requester_refused = L’application n’affiche pas le nom de l’expéditeur de cette demande : { $why }. Elle n’affiche que des noms qui ne peuvent pas fausser ce qui apparaît à l’écran. Rien n’a été créé. Demandez à l’expéditeur de créer une nouvelle demande avec Zoho Credential Wizard.
error-request_from_the_future = D’après l’horloge de cet ordinateur, cette demande a été créée dans le futur ({ $when }). Vérifiez la date et l’heure de cet ordinateur ; si elles sont justes, demandez à l’expéditeur de vous envoyer une nouvelle demande. Rien n’a été créé.
error-fingerprint_mismatch = L’empreinte ne correspond pas à celle de cette demande : la demande a peut-être été modifiée en chemin (sa clé remplacée). Rien n’a été enregistré. Appelez l’expéditeur à un numéro que vous connaissez déjà et demandez-lui de vous lire l’empreinte que son application affiche pour cette demande ; si elle diffère toujours, demandez-lui d’en créer une nouvelle.
error-not_from_request = « { $name } » n’a pas été créée à partir d’une demande d’identifiants : il n’y a donc personne à qui l’envoyer. Ouvrez la demande que vous avez reçue et créez la connexion à partir de celle-ci.
error-sign_in_first = { $from } a demandé une connexion déjà identifiée sur Zoho, et personne ne s’est encore identifié pour « { $name } ». Identifiez-vous d’abord sur Zoho pour cette connexion, puis envoyez la réponse.
error-no_such_request = Aucune demande en attente nommée « { $name } » là où cet ordinateur conserve actuellement ses secrets. Vérifiez le nom dans la liste des demandes (on ne peut pas répondre à une demande annulée).
error-request_exists = Une demande nommée « { $name } » attend déjà sa réponse. Annulez-la d’abord, ou choisissez un autre nom.
error-already_answered = La réponse à « { $name } » a déjà été importée ({ $when }) ; sa clé n’existe plus, une réponse ne peut donc pas être importée deux fois. La connexion « { $name } » contient ce que cette réponse a apporté.
error-reply_unreadable = Cette réponse ne s’ouvre avec la clé d’aucune demande en attente ici. Elle a été modifiée en chemin, ou elle répond à une demande annulée ou créée dans le stockage d’un autre ordinateur. Rien n’a été modifié. Demandez à l’expéditeur d’enregistrer à nouveau la réponse et d’envoyer le fichier lui-même.
error-reply_from_newer_app = Cette réponse a été créée par une version plus récente de Zoho Credential Wizard (version { $version } du format) : cette version-ci ne peut pas la lire. Mettez à jour l’application, puis importez à nouveau la réponse ; rien n’a été modifié.
error-reply_for_another_request = Cette réponse correspond à une autre demande que « { $name } » (la demande { $expected }). Importez-la avec la demande à laquelle elle correspond ; rien n’a été modifié.
error-reply_late = La réponse pour « { $name } » est arrivée après l’expiration de sa demande ({ $when }) : elle n’a donc pas été importée. N’importe qui ayant vu la demande aurait pu y répondre ; ne l’importez que si vous attendiez cette réponse de votre entreprise cliente.
error-reply_invalid = La réponse pour « { $name } » contient une valeur inutilisable : { $reason }. Demandez à l’expéditeur de vérifier la connexion et d’envoyer une nouvelle réponse ; rien n’a été modifié.
error-reconnect_self_client = « { $name } » est un Self Client : il appartient au compte qui l’a créé, aucune entreprise cliente ne peut donc s’identifier à nouveau pour lui. Générez un nouveau code Self Client dans la Zoho API console et importez à nouveau son fichier.
error-reconnect_other_client = Cette demande vous invite à vous identifier à nouveau pour « { $name } » avec le client { $asked }, mais le Client ID saisi est celui d’un autre client. Utilisez le client avec lequel la connexion a été créée (la Zoho API console affiche son Client ID avec son Client Secret) ; un autre client nécessite une nouvelle demande, pas une demande de nouvelle identification. Rien n’a été enregistré.
error-reconnect_kept_other_client = Cette demande vous invite à vous identifier à nouveau pour « { $name } » avec le client { $asked }, mais la connexion « { $name } » de cet ordinateur utilise un autre client. Rien n’a été modifié. Demandez à l’expéditeur si la demande concerne bien cette connexion ; si oui, supprimez la connexion ici et ouvrez à nouveau la demande.
error-reconnect_not_from_request = Cette demande vous invite à vous identifier à nouveau pour « { $name } », mais la connexion « { $name } » de cet ordinateur n’a pas été créée à partir d’une demande : elle ne peut donc pas être envoyée. Rien n’a été modifié. Si vous voulez vraiment donner cette connexion au demandeur, demandez-lui une nouvelle demande ordinaire (pas une demande de nouvelle identification) et répondez-y sous un autre nom.
error-self_client_file_unreadable = Ceci n’est pas un fichier self_client.json de la Zoho API console. Dans la console, ouvrez Self Client, générez un code et choisissez DOWNLOAD (Télécharger), puis utilisez ce fichier.
error-self_client_code_expired = Le code de ce self_client.json a expiré ({ $when }) ; rien n’a été envoyé à Zoho. Dans la Zoho API console, ouvrez Self Client, générez un nouveau code (choisissez 10 minutes) et utilisez aussitôt le nouveau fichier.

## Error

error-worker_failed = Une tâche d’arrière-plan s’est arrêtée de façon inattendue. Réessayez ; si cela se reproduit, redémarrez l’application.
error-cannot_start = Zoho Credential Wizard ne peut pas encore fonctionner sur cet ordinateur. { $cause }
error-file_unusable = { $path } n’a pas pu être écrit. Choisissez un autre fichier, ou collez plutôt le texte.
error-cannot_delete = { $path } n’a pas pu être supprimé. Supprimez-le vous-même dans votre gestionnaire de fichiers : il contient le Client Secret en clair.
error-no_self_client_file = Aucun fichier Self Client n’a été importé dans cette fenêtre : rien n’a donc été supprimé. Si un self_client.json se trouve encore dans vos téléchargements, supprimez-le vous-même.
error-no_request_made = Aucune demande n’a été créée dans cette fenêtre : il n’y a donc rien à enregistrer. Créez à nouveau la demande.
error-request_changed = La demande affichée n’est plus celle à laquelle vous répondez : rien n’a donc été enregistré. Ouvrez à nouveau la demande et vérifiez son empreinte.
error-nothing_to_import = Plus aucune réponse n’est ouverte : rien n’a donc été importé. Ouvrez à nouveau la réponse.
