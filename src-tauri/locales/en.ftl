# Zoho Credential Wizard: every word of the desktop app, in English (the source of the others).
# Terms: GLOSSARY.md. Text inside <b>…</b> that names a button or field in Zoho's API console is
# Zoho's own label, as the console shows it: keep it as it is, and explain it around it.
# An element with data-l10n-name is the app's own (a field, a value it fills in): keep it, once.

app-name = Zoho Credential Wizard

## The shell's file dialogs

dialog-choose-request = Open a request
dialog-request-files = Credentials request
dialog-save-reply = Save the reply
dialog-save-request = Save the request
dialog-choose-reply = Import a reply
dialog-reply-files = Encrypted reply
dialog-choose-self-client = Choose self_client.json
dialog-self-client-files = Self Client file

## The next step after an error, naming what to click

next-ask-customer = Its sign-in is your customer's: click Ask the customer to reconnect, and their admin signs in again.
next-sign-in = Open “{ $connection }” and click Sign in again.
next-replace-secret = Open “{ $connection }” and click Replace secret; if the secret is lost, regenerate it in the Zoho API console.
next-list-connections = Go back to All connections to see the saved ones.
next-choose-file-store = Or use the encrypted file instead.
next-create-file-store = Choose the encrypted file under “Change where secrets are saved” on the Connections screen first.
next-enter-passphrase = Type the passphrase you chose for it into the field above, then click Unlock the encrypted file.
next-delete-locally = Try again when Zoho can be reached, or choose “… on this computer only” below.
next-allow-account-change = Sign in again and choose Switch when asked about the other account.
next-restart-agent = Quit the app and open it again. If the encrypted file is held unlocked in the background, lock it first (a developer runs zcw lock).
next-stop-agent = Lock the encrypted file held unlocked in the background first (a developer runs zcw lock).
next-choose-team-store = Choose the team store under “Change where secrets are saved” on the Connections screen.
next-sign-in-with-scope = Sign in to “{ $connection }” again, adding the scope it needs to the access it asks for.
next-accept-late-reply = If you expected it, tick “I expected this reply after the request expired” and import it again.

# The page

## frame

page-a = Skip to content
page-span = Zoho Credential Wizard
page-nav =
    .aria-label = App
nav-home = All connections
stepper =
    .aria-label = Wizard steps

## unlock

unlock-title = Unlock the encrypted file
unlock-explain = The secrets for this are in the encrypted file. Enter its passphrase first: the app keeps the file unlocked until you quit it.
label-unlock-passphrase = Passphrase of the encrypted file
unlock-button = Unlock the encrypted file

## frame

answering =
    .aria-label = Credentials request
answering-reconnect = <strong data-l10n-name="strong0"></strong> A new sign-in for the same connection and client: nothing new is created.
answering-reconnect-strong = <bdi data-l10n-name="answering-reconnect-from"></bdi> asks you to sign in again to “<span data-l10n-name="answering-reconnect-name"></span>”.
answering-dt = Requested by
answering-span = (typed by the sender: the fingerprint is what shows the request is theirs)
answering-dt-2 = Expires
answering-dt-3 = Fingerprint
answering-span-2 = (worked out by this app from the request)
answering-p = Ask the person who sent it to read you the fingerprint their app showed. If it differs, the request was changed on the way: stop here. The values below come from the request and cannot be changed.
label-answering-dc = Your Zoho data centre
answering-dc-hint = The request leaves it to you: choose where your company's Zoho account lives. It is fixed once the Client Secret is saved.
stop-answering = Stop answering this request
incoming-title = Another credentials request arrived
incoming-dt = Connection
incoming-dt-2 = Requested by
incoming-dt-3 = Fingerprint
incoming-p = You are answering the request for “<span data-l10n-name="incoming-current"></span>”. Nothing changes until you choose.
incoming-keep = Keep answering the current request
incoming-switch = Answer the new request instead

## home

home-title = Connections
open-request = Open a request you were sent
new-connection = New connection
home-p = Each connection holds one Zoho client: its details are kept here, its Client Secret in <span data-l10n-name="home-store"></span>.
draft-banner = You have an unfinished connection. <button data-l10n-name="resume-draft"></button>
resume-draft = Continue where you left off
connections-caption = Saved connections
connections-th = Name
connections-th-2 = Data centre
connections-th-3 = Client ID
connections-th-4 = Integration
connections-th-5 = Secret in
connections-th-6 = Status
no-connections-p = <strong>No connections yet.</strong>
no-connections-p-2 = Click <b>New connection</b> to register a Zoho client and store its secret safely.
home-span = New secrets are saved in <strong data-l10n-name="store-description"></strong>.
change-store = Change where secrets are saved…
check-computer = Check this computer
customers-title = Working with a customer
home-p-2 = When only your customer's Zoho admin can create the client: send them a request, and import the encrypted reply. Nobody pastes a secret into an email.
request-credentials = Request credentials from a customer
import-reply = Import a reply
requests-caption = Requests sent to customers
requests-th = Request
requests-th-2 = Sent as
requests-th-3 = Fingerprint
requests-th-4 = State
requests-span = Actions
store-picker-legend = Where new connections keep their secrets
store-picker-span = This computer's keychain
store-picker-span-2 = The usual choice: the secret stays on this computer, locked with your login.
store-picker-span-3 = An encrypted file
store-picker-span-4 = Where no keychain works. The app asks for its passphrase once each time it starts.
store-picker-span-5 = Your team's OpenBao or Vault server
store-picker-span-6 = Shared: every computer and server set up with it sees the same connections and tokens.
file-store-explain = The encrypted file keeps secrets in one file, encrypted with a passphrase of your choice. Use it only where no keychain works.
label-home-passphrase = Passphrase
label-home-passphrase-again = Passphrase again
team-store-explain = Ask whoever runs your team's OpenBao or Vault server for its address and a token (or sign in with <code>bao login</code> or <code>vault login</code> on this computer and leave the token empty). Connections are kept under the prefix in the KV version 2 mount.
label-team-address = Server address <small>(a cluster: each node's address on its own line)</small>
label-team-token = Token <small>(kept only while the app runs)</small>
label-team-mount = KV mount
label-team-prefix = Prefix
team-store-form-summary = More settings (certificate, namespace, AppRole)
label-team-ca-cert = CA certificate file <small>(when the server's certificate is your own)</small>
label-team-namespace = Namespace
label-team-role-id = AppRole role ID
label-team-secret-id-file = AppRole secret ID file
cancel-store = Cancel
confirm-store = Save new secrets here

## doctor

doctor-title = Check this computer
doctor-p = What this app needs from your computer, checked now: each item is fine, or says what to do.
doctor-back = Back to connections
doctor-again = Check again

## details

show-connect = Connect
show-handover = Hand over
show-disconnect = Disconnect…
show-reconnect = Ask the customer to reconnect
show-replace = Replace secret
show-rename = Rename
show-remove = Remove…
replace-explain = Regenerated the secret in the Zoho API console? Paste the new one here; it replaces the stored secret.
label-replace-secret = New client secret
replace-form-button = Show
    .aria-label = Show the new client secret
confirm-replace = Save new secret
replace-form-button-2 = Cancel
label-rename-input = New name
confirm-rename = Rename
rename-form-button = Cancel
confirm-remove = Remove the connection and its secrets
remove-local = Remove from this computer only
remove-form-button = Cancel
confirm-disconnect = Disconnect and revoke at Zoho
disconnect-local = Disconnect on this computer only
disconnect-form-button = Cancel
details-h2 = Registered in Zoho
details-back = Back to connections

## open-request-view

open-request-title = Open a credentials request
open-request-view-p = Someone asked you for a Zoho client: open the request file they sent (<code>NAME.zcwrequest</code>), or paste the link from their email. The app then shows exactly what to create, and sends back a reply only they can open.
label-request-text = Link or request text
open-request-back = Back
choose-request-file = Choose the file…
open-request-text = Open the pasted request

## import-reply-view

import-reply-title = Import a reply
import-reply-view-p = Your customer's admin answered a request you made: choose the reply file, or paste the reply text from their email. It opens only with the request's key, kept in <strong data-l10n-name="import-store"></strong>; if it includes a sign-in, the app checks with Zoho that it works. You then check whose account it is before anything is saved.
label-reply-text = Reply text
reply-text =
    .placeholder = Paste the whole reply text here

## import-confirm

import-confirm-title = Check the reply before it is saved
import-confirm-dt = Connection
ic-reconnect-dt = Reconnects
import-confirm-dt-2 = Signed-in Zoho account
import-confirm-dt-3 = Client ID
import-confirm-dt-4 = Data centre
import-confirm-dt-5 = Reply code
import-confirm-span = (the admin's app showed the same after Send: ask them to read it where it matters)
ic-late-span = I expected this reply after the request expired
ic-confirm-text = This is my customer's Zoho account
ic-discard = Discard this reply
ic-import = Import the connection

## import-reply-view

import-open = Open “<span data-l10n-name="import-done-name"></span>”
import-reply-back = Back to connections
choose-reply-file = Choose the file…
import-reply-text = Open the pasted reply

## request-made

request-made-title = Your request is ready to send
made-lead = Email the request file or the link to your customer's Zoho admin. Neither holds a secret. Its key stays in <strong data-l10n-name="made-store"></strong>, so only you can open the reply.
request-made-p = Fingerprint <strong data-l10n-name="made-fingerprint"></strong>
request-made-p-2 = Read it to the admin on the phone: their app shows the same four groups. Expires <span data-l10n-name="made-expires"></span>.
save-request-file = Save the request file…
copy-request-link = Copy the link
made-email-title = An email to send with it
request-made-p-3 = What the admin must do, where to get the app, and that you will call to read the fingerprint (never written in the email). Copy it into your email, and attach the request file.
made-done = Done: go to connections

## reconnect-request

reconnect-request-title = Ask the customer to reconnect “<span data-l10n-name="rr-name"></span>”
reconnect-request-p = Your customer's Zoho admin signs in again for this connection; you import their reply into it. The request carries the connection's client, data centre and permissions, so the admin has nothing to create: if they kept the connection, they only sign in.
reconnect-request-dt = Client ID
reconnect-request-dt-2 = Data centre
reconnect-request-dt-3 = Permissions
label-rr-from = Who asks
rr-from =
    .placeholder = Acme Integrations
hint-rr-from = Your company or your name, as the admin will see it.
label-rr-expires = Expires in
rr-expires-option = 1 day
rr-expires-option-2 = 3 days
rr-expires-option-3 = 7 days
rr-expires-option-4 = 14 days
rr-expires-option-5 = 30 days
label-rr-scopes-add = Permissions to add (optional, comma-separated scopes)
hint-rr-scopes-add = When a call needs a permission the connection lacks, add its scope here.
rr-back = Cancel
rr-make = Make the reconnect request

## reconnect-kept

reconnect-kept-title = Sign in again to “<span data-l10n-name="rk-name"></span>”
reconnect-kept-p = This computer still has this connection, with the client the request names. There is nothing to create or copy: confirm the fingerprint, then sign in to Zoho. Your reply then carries the new sign-in.
reconnect-kept-dt = Client ID
reconnect-kept-span = (the one this computer keeps for “<span data-l10n-name="rk-name-again"></span>”)
reconnect-kept-dt-2 = Permissions asked
reconnect-kept-span-2 = The person who sent the request read me this fingerprint, and it matches: <strong data-l10n-name="rk-fingerprint"></strong>
rk-sign-in = Next: sign in again

## step-1

step-1-title = What are you connecting?
step1-request-hint = Someone sent you a request? <button data-l10n-name="step1-open-request"></button>
step1-open-request = Open a request you were sent
step-1-p = Tell us where your Zoho account lives and what will use the new Zoho client. The app works out the exact values to register in Zoho.
label-dc = Zoho data centre
hint-dc = The address you sign in to Zoho at, for example <code>accounts.zoho.eu</code> for Europe.
step-1-legend = Integration
template-span = Catalyst app
text-catalyst = A Zoho Catalyst app, such as the LeadManager tutorial.
template-span-2 = Hotglue / Optiply
text-hotglue = A hotglue connector, for example Optiply's Zoho integration.
template-span-3 = Custom
text-custom = Your own scripts or server, with your own redirect URIs.
choice-self-client-span = Self Client
text-self-client = Your organisation's own scripts, with Zoho's Self Client: no redirect URI, a code made in the console.
label-catalyst-project = Project name
catalyst-project =
    .placeholder = LeadManager
hint-catalyst-project = As shown in the Catalyst console. Spaces are removed and capitals lower-cased in the app's address.
label-catalyst-org = Org ID
catalyst-org =
    .placeholder = 60012345678 or the console address
hint-catalyst-org = The number after <code>/baas/</code> in the Catalyst console's address. You can paste the whole address.
label-catalyst-environment = Environment
catalyst-environment-option = Development
catalyst-environment-option-2 = Production (address not confirmed by Zoho)
label-catalyst-function = Function name
function-picks =
    .aria-label = Function names of the tutorial's editions
label-catalyst-serve-port = Local serve port
hint-catalyst-serve-port = Where <code>catalyst serve</code> runs.
label-hotglue-homepage = Homepage URL
hint-hotglue-homepage = Your company's website. Hotglue's redirect URI <code>https://hotglue.xyz/callback</code> is added for you.
label-custom-homepage = Homepage URL
label-custom-redirect-uris = Redirect URIs
hint-custom-redirect-uris = One per line, exactly as your integration sends them: https, or http only for localhost.
fields-self-client-p = Zoho makes the Self Client for you: there is nothing to register. Next, the console generates a code for the scopes you choose, and this app exchanges it for tokens.
label-client-name = Client name
hint-client-name = The name you will see in the Zoho API console. Letters, digits, spaces, _ and & only.
step1-advanced-summary = For developers: this app's own redirect URI
loopback-explain = Step 2 also lists <code data-l10n-name="loopback-preview"></code> to register: Zoho sends the browser back there after a sign-in from this computer, so this app can get tokens and check the client. Zoho needs the exact port, and <code>localhost</code> rather than 127.0.0.1. Change the port only if another program uses it.
label-loopback-port = This app's port
request-options-legend = The request
label-request-name = Connection name
label-request-from = Who asks
request-from =
    .placeholder = Acme Integrations
hint-request-from = Your company or your name, as the admin will see it: letters, digits, spaces and plain punctuation.
label-request-expires = Expires in
request-expires-option = 1 day
request-expires-option-2 = 3 days
request-expires-option-3 = 7 days
request-expires-option-4 = 14 days
request-expires-option-5 = 30 days
request-options-label = <input data-l10n-name="request-dc-open"> Let the customer choose the data centre (when you do not know where their Zoho account is)
request-options-label-2 = <input data-l10n-name="request-refresh"> The admin signs in too, so the reply carries a refresh token (for scripts that call Zoho's APIs)
label-request-scopes = Scopes (comma-separated)
cancel-request-form = Cancel
next = Next: register in Zoho
make-request = Make the request

## step-2

step-2-title = Register the client in Zoho
step-2-p = Create a client in the Zoho API console for <strong data-l10n-name="s2-dc"></strong> and enter exactly these values.
step-2-div = <strong>Zoho may show the Client Secret only once.</strong> Before you click <b>Create</b> in Zoho, click <b>Next: save the Client Secret</b> here, so you are ready to paste the secret the moment Zoho shows it. If it is lost, you must regenerate it in the Zoho API console.
open-console = Open Zoho API Console
step-2-li = Click <b>Open Zoho API Console</b> above and sign in.
step-2-li-2 = Click <b>Get Started</b>, or <b>Add Client</b> if you already have clients.
step-2-li-3 = Choose <b>Server-based Applications</b>.
step-2-li-4 = Fill in <b>Client Name</b>, <b>Homepage URL</b> and every <b>Authorized Redirect URI</b> with the Copy buttons (add a line in Zoho for each URI). Zoho compares them letter for letter.
step-2-li-5 = Before you click <b>Create</b> in Zoho: click <b>Next: save the Client Secret</b> here, so the fields for them are open.
step-2-li-6 = Click <b>Create</b> in Zoho. It shows the <b>Client ID</b> and <b>Client Secret</b>: copy each into this app straight away.
back = Back
next-2 = Next: save the Client Secret

## step-2-self

self-title = Generate a code in the Self Client
step-2-self-p = In the Zoho API console for <strong data-l10n-name="self-dc"></strong>, the Self Client makes a code that this app exchanges for tokens. The code lives only a few minutes: have this window ready.
self-open-console = Open Zoho API Console
step-2-self-li = Choose <b>Self Client</b> (the first time: <b>Create Now</b>, then <b>OK</b>).
step-2-self-li-2 = On the <b>Generate Code</b> tab, paste the scopes below, choose <b>10 minutes</b> as the time duration, and write a description (for example “zcw”).
step-2-self-li-3 = Click <b>Create</b> (choose your organisation if asked), then <b>DOWNLOAD</b>: it saves <code>self_client.json</code>.
step-2-self-li-4 = Back here, within those 10 minutes: <b>Choose the downloaded self_client.json</b>.
label-self-scopes = Scopes
self-scopes-copy = Copy
label-self-name = Connection name
self-choose-file = Choose the downloaded self_client.json…
self-paste-summary = No file? Paste the code, Client ID and Client Secret the console shows
label-self-code = Code
label-self-client-id = Client ID
label-self-client-secret = Client Secret
self-paste-button = Show
    .aria-label = Show the client secret
self-import-values = Use these values
self-delete-file = Delete the file now
self-handover = Next: hand over
self-finish = Go to connections
self-back = Back

## step-3

step-3-title = Save the Client ID and Client Secret
step-3-p = Copy both from the Zoho API console. The secret goes straight into <strong data-l10n-name="s3-store"></strong>: it is never written to a file in plain text, and this window never shows it again.
s3-reconnect = This computer no longer has this connection, so its Client Secret is needed again. The Client ID is the one the request names and cannot be changed: in the Zoho API console, open that client and copy its Client Secret (or regenerate it: the reply then carries the new one).
s3-fingerprint-field-span = The person who sent the request read me this fingerprint, and it matches: <strong data-l10n-name="s3-fingerprint"></strong>
label-client-id = Client ID
label-client-secret = Client Secret
step-3-button = Show
    .aria-label = Show the client secret
label-connection-name = Connection name
hint-connection-name = How this connection appears in the list and in your keychain. Letters, digits, spaces, _, . and - only.
store-error-p = Your secret is still in the field above; nothing was lost.
offer-file-store = Use the encrypted file instead
s3-file-store-explain = Choose a passphrase for the encrypted file (at least 8 characters; a few unrelated words work well). Without it the secrets in the file cannot be read, so keep it safe.
label-s3-new-passphrase = Passphrase
label-s3-new-passphrase-again = Passphrase again
s3-use-file-store = Use the encrypted file and save
saved-why-sign-in = Next, sign in to Zoho once from this computer, so this app can use the connection and check that the client works.
saved-why-hand-over = The integration signs in to Zoho by itself: next, hand over the Client ID and Client Secret to it. Signing in from this computer as well is not needed, and Zoho keeps only 20 sign-ins per person for a client.
saved-why-send = Next, send the reply to the person who asked.
saved-connect = Next: sign in to Zoho
saved-handover = Skip signing in: hand over
saved-done = Later: go to connections
saved-summary = For developers
saved-p = Scripts on this computer get an access token with <code data-l10n-name="code0"></code>, and <code>zcw show</code> lists the connection.
back-3 = Back
save-secret = Save securely

## step-4

step-4-title = Sign in to Zoho for “<span data-l10n-name="s4-name"></span>”
step-4-p = You sign in to Zoho in your browser and click <b>Accept</b>. Zoho then sends your browser back to this app, and the sign-in is kept in <strong data-l10n-name="s4-store"></strong>.
s4-reconnect = <strong>This connection is already signed in.</strong> Signing in again is fine, but Zoho keeps only the 20 most recent sign-ins of each person for a client and silently drops the oldest, so a computer or server still using a very old one may stop working.
s4-scopes-field-legend = What may this connection do in Zoho?
s4-scopes-hint = Tick what the scripts using it need. Zoho shows the same list when you sign in and asks you to accept it. Zoho's own name for each permission is shown small beside it.
s4-scopes-field-span = Show which Zoho account signed in
s4-advanced-summary = Advanced
label-s4-extra = Other permissions (Zoho's scope names, separated by commas)
s4-advanced-label = <input data-l10n-name="s4-pkce"> Protect the sign-in with PKCE (turn off only if Zoho rejects the sign-in for this client).
s4-waiting-strong = Waiting for you to sign in to Zoho in your browser…
s4-waiting-p = When you click <b>Accept</b> there, this window carries on by itself.
s4-waiting-p-2 = Browser did not open? Copy the sign-in address into your browser: <span data-l10n-name="s4-url-copy"></span>
s4-show-causes = Nothing happening?
s4-help-p = <strong>Nothing happening, or an error in the browser?</strong> The likely causes, most likely first:
s4-paste-explain = The whole address from the browser's address bar, starting with <code data-l10n-name="s4-redirect-2"></code>:
label-s4-pasted = Address the browser ended on
s4-use-pasted = Use this address
s4-help-p-2 = Redirect URI to register: <code data-l10n-name="s4-redirect-3"></code><span data-l10n-name="s4-redirect-copy"></span>
s4-help-summary = Details
s4-help-p-3 = The sign-in address: <code data-l10n-name="s4-url"></code>
s4-cancel = Cancel
s4-confirm-p = <strong>Another Zoho account signed in.</strong> This connection was signed in as <strong data-l10n-name="strong0"></strong>; this time <strong data-l10n-name="strong1"></strong> signed in.
s4-confirm-p-2 = Switching means scripts using this connection act as the new account from now on. Keeping the earlier account cancels the new sign-in at Zoho and leaves the connection as it was.
s4-keep = Switch to <bdi data-l10n-name="s4-keep-account"></bdi>
s4-discard = Keep <bdi data-l10n-name="s4-discard-account"></bdi>
s4-done-summary = For developers
s4-done-p = Scripts on this computer get a fresh access token with <code data-l10n-name="code0"></code>.
s4-handover = Next: hand over
s4-finish = Go to connections
back-4 = Back
s4-connect = Sign in to Zoho

## step-5

label-s5-clear = Clear a copied secret from the clipboard after
s5-clear-option = 10 seconds
s5-clear-option-2 = 30 seconds
s5-clear-option-3 = 1 minute
s5-clear-option-4 = 2 minutes
s5-clear-option-5 = Never (until something else is copied)
s5-clear-hint = Only if the clipboard still holds it, and always when this app quits. Secrets are marked so clipboard managers do not keep them.
back-5 = Back
s5-done = Done: go to connections

## step-5-reply

reply-title = Send the reply
step-5-reply-dt = Requested by
step-5-reply-dt-2 = Fingerprint
step-5-reply-p = Save it as a file and attach it to an email, or copy it as text into one. Nothing else leaves this computer.
save-reply = Save the reply as a file…
copy-reply = Copy the reply as text
reply-code-box-p = Reply code <strong data-l10n-name="reply-code"></strong>
reply-code-box-p-2 = If the person who asked calls to check, read them this code: their app shows the same when it imports the reply.
reply-after-legend = And this connection on your computer?
reply-after-p = Keep it if you may want to disconnect it or replace its secret later. Removing it deletes its Client Secret and sign-in from this computer only: the reply you made keeps working, and the client stays registered in Zoho.
reply-keep = Keep it on this computer
reply-remove = Remove it from this computer

# Words the screens put together as they go

## The frame: the stepper, the language menu, shared words

# A data centre in a list or heading: its code, its region, its domain.
dc-label = { $id } · { $region } ({ $domain })
details = Details
language-label = Language
check-updates = Check for updates
update-title = Updates
update-looking = Looking for a new version…
update-newest = You have the newest version, { $running }.
update-available = Version { $version } of Zoho Credential Wizard is available. You have { $running }.
update-notes-label = What is new, in the release notes:
update-no-notes = The release has no notes.
install-update = Install and restart
dismiss-update = Not now
update-installing = Downloading the update and checking its signature… The app starts again when it is installed.
# $manager: apt (a .deb) or dnf (an .rpm).
update-package = { $manager ->
        [apt] The app came as a .deb package, so your package manager installs the new version. In a terminal:
       *[dnf] The app came as an .rpm package, so your package manager installs the new version. In a terminal:
    }
update-package-repository = If your package manager does not find it, add the app's repository once (the README shows how), or download the new package from the project's Releases page.
auto-updates = Look for a new version once a day, when the app starts
close-updates = Close
language-system = The computer's language
stepper-integration = Integration
stepper-register = Register in Zoho
stepper-code = Code from Zoho
stepper-secret = Client secret
stepper-sign-in = Sign in
stepper-hand-over = Hand over
stepper-reply = Send the reply
stepper-done = (done)
# An error's list of values when it is empty (no scopes granted, say).
none-on-record = none on record
removed-connection = Removed “{ $name }” and its secrets.
copy = Copy
# The label of the value a Copy button copies, for screen readers.
copy-label = Copy { $label }
copied = ✓ Copied
# The copy keys off a Mac (on a Mac the app says ⌘C).
copy-keys = Ctrl+C
copy-by-hand = Select the text and press { $keys }
copied-kept = { $label } copied. It stays on the clipboard until something else is copied.
copied-clears = { $label } copied. Clipboard clears in { $left } s.
copied-cleared = { $label }: clipboard cleared (if it still held it).
secret-kept-in = •••••••• kept in { $store }
snippet-code = { $edition } code

## Check this computer

check-fine = { $check }: fine
check-attention = { $check }: needs attention
check-fix = What to do: { $fix }
checking = Checking… (at most ten seconds)
checks-attention = { $problems ->
        [one] { $problems } thing needs attention.
       *[other] { $problems } things need attention.
    }
checks-fine = Everything this app needs is in place.

## The email that goes with a request (plain text: keep the line breaks)

email-new =
    Hello,

    { $from } asks you to create a Zoho API client for “{ $name }” in your company's Zoho account. Only a Zoho admin can do it; it takes about five minutes, and no password or secret goes by email.

    1. Install Zoho Credential Wizard (free): { $downloads }
    2. Open the attached file { $file } with it. No attachment? In the app, click “Open a request you were sent” and paste the link at the end of this email.
    3. We will call you on a number you already know and read you the request's fingerprint. Go on only if it matches the one the app shows; if it differs, stop: the request was changed on the way.
    4. Follow the app's steps. At the end it makes a reply: attach it to your answer to this email.

    The request expires on { $expires }.

    The link to the request (for step 2, only without the attachment):
    { $link }
email-reconnect =
    Hello,

    { $from } asks you to sign in to Zoho again for the connection “{ $name }”, so it keeps working. Nothing new is created, and no password or secret goes by email.

    1. Install Zoho Credential Wizard (free): { $downloads }
    2. Open the attached file { $file } with it. No attachment? In the app, click “Open a request you were sent” and paste the link at the end of this email.
    3. We will call you on a number you already know and read you the request's fingerprint. Go on only if it matches the one the app shows; if it differs, stop: the request was changed on the way.
    4. Follow the app's steps. At the end it makes a reply: attach it to your answer to this email.

    The request expires on { $expires }.

    The link to the request (for step 2, only without the attachment):
    { $link }

## Permissions in plain words (step 4); Zoho's scope name is shown beside each

scope-crm-modules = Read and change records (leads, contacts, deals…)
scope-crm-settings = Read and change settings (fields, layouts)
scope-crm-users = Read and manage users
scope-crm-org = Read and change the organisation’s details
scope-crm-coql = Search records with queries (COQL)
scope-books = Everything in Books
scope-inventory = Everything in Inventory
scope-desk-tickets = Read and change tickets
scope-desk-basic = Read departments and agents
scope-analytics = Read and change data
scope-creator-reports = Read reports
scope-creator-forms = Add records through forms

## Shared buttons and the Zoho API console's own field names (keep Zoho's label as the console shows it)

show = Show
hide = Hide
console-opened = Opened { $url } in your browser.
console-opened-copy = Opened { $url } in your browser. Nothing opened? Copy the address into your browser:
console-address = console address
zoho-client-type = Client type
zoho-client-name = Client Name
zoho-homepage = Homepage URL
zoho-redirect-uri = Authorized Redirect URI
zoho-redirect-uri-numbered = Authorized Redirect URI { $number }

## The Self Client

self-saved = Saved “{ $name }” · { $dc } · secret and tokens in { $store } · ••••{ $last4 }
self-file-warning = Warning: the downloaded file { $file } still holds the Client Secret as plain text, readable by anyone with access to this computer. Delete it now, unless you need it elsewhere.
self-no-file = Nothing was saved in a file. If the console also downloaded self_client.json, delete it: it holds the secret in the clear.
self-file-deleted = Deleted { $path }.
copy-scopes-by-hand = Select the scopes and press { $keys }

## The test call after a sign-in or an import

test-call-running = Testing the connection with one call to Zoho…
test-call-reached = Tested: connected to { $reached }.
test-call-tokens = Tested: Zoho gives it working tokens (its permissions allow no test call).
test-call-failed = The test call did not work: { $problem }

## Where secrets are kept, and the integrations

store-in-keychain = this computer's keychain
store-in-encrypted-file = the encrypted file
store-in-vault = the team store (OpenBao/Vault)
store-label-keychain = Keychain
store-label-encrypted-file = Encrypted file
store-label-vault = Team store
template-catalyst = Catalyst app
template-hotglue = Hotglue / Optiply
template-custom = Custom
template-self-client = Self Client

## The connections screen

verdict-working = Working
verdict-unreachable = Not checked: Zoho could not be reached
verdict-rate_limited = Not checked: Zoho asks to wait (rate limit)
verdict-failed = Check failed
verdict-scope_missing = A permission is missing
verdict-needs_sign_in = Needs a new sign-in
verdict-client_rejected = Zoho no longer accepts its secret
action-sign-in-again = Sign in again
action-ask-customer = Ask the customer to reconnect
action-replace-secret = Replace the secret
# A button's label for screen readers: the action, then the connection it is for.
action-for = { $action }: { $name }
status-connected-renews = Connected · renews automatically
status-connected = Connected
status-secret-saved = Secret saved
open-connection = Open { $name }
store-now-keychain = New secrets are now saved in this computer's keychain.
store-now-encrypted-file = New secrets are now saved in the encrypted file.
store-now-team = Connected to the team store at { $address } with { $token }; it holds { $count ->
        [one] 1 connection
       *[other] { $count } connections
    }. New connections and their secrets are now saved there.
token-entered = the token you entered
token-variable = the token in { $name }
token-token-file = the token in { $path }
token-app-role = an AppRole login
damaged-question = Delete the record “{ $name }” from the team store, with its Client Secret and tokens, for every computer that uses the team store? Nothing else changes; add the connection again afterwards.
damaged-delete = Delete the damaged record
damaged-offer = Delete the damaged record…
cancel = Cancel
try-again = Try again

## Step 1 and step 3

still-needed = Still needed: { $fields }.
# Between the names of the fields still needed.
list-separator = {", "}
correct-fields = Correct the fields marked in red to continue.
org-id-taken = ✓ Org ID { $org } taken from the address.
field-dc = data centre
field-template = integration
field-client-name = client name
field-loopback-port = this app's port
field-catalyst-project = project name
field-catalyst-org = org ID
field-catalyst-environment = environment
field-catalyst-function = function name
field-catalyst-serve-port = local serve port
field-hotglue-homepage = homepage URL
field-custom-homepage = homepage URL
field-custom-redirect-uris = redirect URIs
field-connection-name = connection name
field-client-id = Client ID
field-client-secret = Client Secret
field-passphrase = passphrase
field-pasted-address = pasted address
field-team-address = team store address
field-team-mount = KV mount
field-team-prefix = prefix
field-team-role-id = AppRole role ID
field-request-from = who asks
field-request-expires = expiry
next-sign-in-to-zoho = Next: sign in to Zoho
also-sign-in-here = Also sign in from this computer
skip-to-hand-over = Skip signing in: hand over
next-hand-over = Next: hand over
next-send-reply = Next: send the reply
skip-to-send-reply = Skip signing in: send the reply
saving = Saving…
saved-in = Saved in { $store } · ••••{ $last4 }
saved-placeholder = ✓ Saved

## Step 4: the sign-in

choose-a-permission = Choose at least one thing the connection may do.
# The countdown while the app waits for the sign-in: { $time } is minutes:seconds.
time-left = { $time } left
redirect-uri = redirect URI
sign-in-address = sign-in address
copy-sign-in-address = Copy the sign-in address
browser-did-not-open = The browser did not open ({ $reason }).
pkce-off = PKCE is off for this sign-in only. Leave it on unless Zoho rejects the sign-in with it.

## A connection's details

disconnect-question = Disconnect “{ $name }”? Its sign-in is cancelled (revoked) at Zoho and deleted here, so every script and server using this connection stops working. The Client Secret stays, so you can sign in again later.
remove-question = Remove “{ $name }”? Its Client Secret and tokens are deleted from { $store } and the connection leaves this list. The client stays registered in Zoho: delete it in the API console if you no longer need it.
remove-question-signed-in = Remove “{ $name }”? Its sign-in is revoked at Zoho first, then its Client Secret and tokens are deleted from { $store } and the connection leaves this list. The client stays registered in Zoho: delete it in the API console if you no longer need it.
new-secret-saved = ✓ New secret saved in { $store } · ••••{ $last4 }
renamed = ✓ Renamed to { $name }.
sign-in-to-zoho = Sign in to Zoho
fact-dc = Data centre
fact-client-id = Client ID
fact-integration = Integration
fact-secret-in = Secret stored in
fact-signed-in-as = Signed in as
no-profile-scope = (profile scope not granted)
fact-api-domain = API domain
fact-access-until = Access token valid until
fact-created = Created
fact-updated = Updated

## Working with a customer: requests and replies

cancel-request = Cancel the request { $name }
request-form-title = What should your customer create?
reconnect-request-made = Your reconnect request is ready to send
email-text = the email text
copy-email-text = Copy the email text
default-scopes = the default ones
reply-holds = The reply holds this connection's Client ID and Client Secret, encrypted so that only the key in this request can open it.
reply-holds-sign-in = The reply holds this connection's Client ID and Client Secret and its sign-in, encrypted so that only the key in this request can open it.
reply-saved = ✓ Saved in { $path }. Attach it to your answer to the email the request came with.
reply-copied = ✓ Copied. Paste it into your answer to the email the request came with.
fingerprint-unknown = not known (the request was opened with an earlier version)
replaces-sign-in-of = its new sign-in replaces the one of { $account } held here
replaces-sign-in = its new sign-in replaces the one held here
account-confirmed = (Zoho confirmed it with the reply's sign-in)
account-as-reply-says = (as the reply says: Zoho could not confirm it, so compare it with what your customer told you)
account-not-known = not known
account-none = none
account-no-profile = (the sign-in did not include the profile scope)
account-no-sign-in = (the reply carries no sign-in: only the client)
confirm-account-and-client = This is my customer's Zoho account and client
confirm-client = This is my customer's Zoho client
reply-late = This reply arrived after its request expired ({ $late }). Anyone who saw the request could have answered it: import it only if you expected this reply from your customer.
earlier-revoked = The earlier sign-in was revoked at Zoho.
earlier-gone = The earlier sign-in no longer worked at Zoho.
earlier-not-revoked = The earlier sign-in could not be revoked now (Zoho was not reached): your customer's admin can remove it in their Zoho account under Connected Apps.
reconnected = Reconnected “{ $name }”: the new sign-in replaced the earlier one.
secret-regenerated = Its Client Secret was regenerated: the new one replaced the old in { $store } · ••••{ $last4 }.
imported = Imported “{ $name }” · { $dc } · secret saved in { $store } · ••••{ $last4 }
request-saved = ✓ Saved in { $path }.
link-copied = ✓ Link copied. Paste it into your email.
removed-here = Removed “{ $name }” from this computer.

## Why a sign-in may not come back (step 4's waiting screen)

cause-redirect-uri = The redirect URI registered in the Zoho API console is not exactly { $uri } (same port, no trailing slash, localhost rather than 127.0.0.1). Zoho then shows “Invalid Redirect Uri” in the browser instead of coming back. Add it to the client in the console.
cause-other-data-centre = The client is registered in another data centre's console than { $console }. Check that the console you used matches the data centre you chose.
cause-other-computer = The browser is on another computer, or cannot reach this one. Copy the address the browser ended on after Accept and paste it here.
cause-start-again = Start the sign-in again and finish it in the browser.
connected-summary = Connected as { $account } · { $dc } · { $scopes }
your-zoho-account = your Zoho account
dc-changed = Zoho answered from the { $to } data centre, not { $from }; the connection now uses { $to }.

## Notes and warnings beside a result

note-client-id-shape = This does not look like a Zoho Client ID (usually 1000. followed by 30 capital letters and digits). Check that you copied the whole Client ID.
note-client-secret-shape = This does not look like a Zoho Client Secret (usually 42 lower-case letters and digits). Check that you copied all of it.
note-console-unconfirmed = Zoho has not confirmed the { $dc } console address { $console }. If it does not open, sign in at { $accounts } and choose API Console from there.
note-catalyst-host-assumed = Zoho does not document Catalyst's host for the { $dc } data centre, so { $host } is assumed. Compare the app domain with your app's URL in the Catalyst console.
note-production-unconfirmed = The production app domain (.production.) is not confirmed by Zoho. Compare it with your app's URL in the Catalyst console.

## Step 5: handing over (the values' names, then each integration's ways)

value-client-id = Client ID
value-client-secret = Client Secret
value-accounts-server = Accounts server
value-api-domain = API domain
value-refresh-token = Refresh token
handover-hotglue-title = Add Zoho in Optiply
handover-hotglue-intro = Optiply (through hotglue) signs in to Zoho itself: it needs the Client ID and the Client Secret, not this app's tokens.
handover-way-optiply = In Optiply's dashboard
handover-step-optiply-add = Open Settings > Integrations and add Zoho as a data source.
handover-step-optiply-paste = Paste the Client ID and the Client Secret with the Copy buttons here.
handover-step-optiply-consent = Optiply then opens Zoho's consent page itself; Zoho sends it back to hotglue's redirect URI { $hotglue }, which you registered in step 2. Click Accept there.
handover-catalyst-title = Give the credentials to your Catalyst function
handover-catalyst-intro = The { $function } function exchanges Zoho's codes for tokens: it needs the Client ID and the Client Secret. The app keeps each user's refresh token in its own Data Store table.
handover-way-environment = Safer: as the function's environment variables
handover-step-environment-open = In the Catalyst console, open Serverless > Functions > { $function } > Configuration > Environment variables.
handover-step-environment-add = Add { $idVar } with the Client ID and { $secretVar } with the Client Secret (for Development, and for Production when you deploy).
handover-step-environment-replace = Replace the constants in the code with these two lines.
handover-way-constants = As constants in the function's code (as the LeadManager tutorial does)
handover-step-constants-node = Node.js edition: in functions/{ $function }/index.js, set CLIENTID to the Client ID and CLIENT_SECRET to the Client Secret.
handover-step-constants-python = Python edition: in functions/{ $function }/main.py, set CLIENT_ID and CLIENT_SECRET.
handover-step-constants-client = The client code (client/main.js) needs only the Client ID.
handover-warning-never-commit = Never commit a Client Secret written into function code to a public repository: anyone who reads it can act as your client. If it happened, regenerate the secret in the Zoho API console.
handover-custom-title = Use the connection from your own scripts
handover-custom-intro = Let zcw hand your program a fresh access token at start, rather than copying secrets into its configuration.
handover-way-command-line = From the command line
handover-step-zcw-exec = zcw exec { $name } -- ./your-script runs it with { $idVar }, { $tokenVar } (valid at least 5 minutes), { $apiVar }, { $accountsVar } and { $dcVar } in its environment only.
handover-step-zcw-token = zcw token { $name } prints a valid access token, for one request at a time.
handover-step-zcw-export = zcw export { $name } --format dotenv prints the same values for tools that read them; secrets only when asked.

## Check this computer: each check's name, what it found, and what to do

doctor-check = Check
doctor-stopped = The check stopped before it finished.
doctor-run-again = Run the check again.
doctor-keychain = Keychain
doctor-keychain-ok = This computer's keychain answers and is unlocked.
doctor-keychain-lost-entry = This computer's keychain accepted a test entry but did not give it back.
doctor-keychain-unavailable = This computer's keychain is not available ({ $reason }).
doctor-keychain-locked = This computer's keychain is locked or refused access ({ $reason }).
doctor-keychain-timeout = This computer's keychain did not answer within { $seconds } seconds.
doctor-keychain-failed = { $reason }
doctor-keychain-restart = { $platform ->
        [windows] Restart Windows Credential Manager, or use the encrypted file.
        [macos] Restart your login keychain (Keychain Access), or use the encrypted file.
       *[other] Restart your keyring (GNOME Keyring or KWallet), or use the encrypted file.
    }
doctor-keychain-install = { $platform ->
        [windows] Start Windows Credential Manager, or use the encrypted file.
        [macos] Start your login keychain (Keychain Access), or use the encrypted file.
       *[other] Install and start your keyring (GNOME Keyring or KWallet), or use the encrypted file.
    }
doctor-keychain-unlock = { $platform ->
        [windows] Unlock Windows Credential Manager (signing in to Windows usually does), then check again.
        [macos] Unlock your login keychain in Keychain Access (signing in to your Mac usually does), then check again.
       *[other] Unlock your keyring (GNOME Keyring or KWallet; signing in to your desktop session usually does), then check again.
    }
doctor-keychain-waiting = It may be waiting for its password in a dialog: unlock it, then check again.
doctor-ports = Sign-in port
doctor-ports-free = Port { $ports } on localhost is free for the sign-in.
doctor-ports-busy = In use: { $ports }.
doctor-ports-fix = Close that program before connecting, or give the connection another port and register http://localhost:PORT/callback for it in the Zoho API console.
doctor-browser = Browser
doctor-browser-set = $BROWSER names { $program }, which is there.
doctor-browser-missing = $BROWSER names { $program }, which cannot be found.
doctor-browser-fix = Set BROWSER to a browser installed here, or unset it to use the desktop's default.
doctor-browser-no-xdg-open = xdg-open, which opens the desktop's browser, is not installed.
doctor-browser-install = Install xdg-utils, or set BROWSER to your browser. You can also copy the sign-in address by hand.
doctor-browser-default = The desktop's default browser opens addresses.
doctor-updates = Updates
doctor-updates-available = Version { $newest } is available; this is { $running }.
doctor-updates-fix = Update the app: with the package manager that installed it (sudo apt update && sudo apt upgrade, or sudo dnf upgrade), or with Check for updates in the app.
doctor-updates-off = This is version { $running }. The app does not look for new versions by itself (turned off in the app).
doctor-updates-current = This is version { $running }, the newest the app found when it last looked.
doctor-updates-not-yet = This is version { $running }. The app has not looked for a newer one yet.
doctor-folder = Settings folder
doctor-folder-private = { $path } is private to you.
doctor-folder-other-owner = { $path } belongs to another user.
doctor-folder-open = { $path } is open to other users (mode { $mode }).
doctor-folder-files-open = Other users have access to { $files } in { $path }.
doctor-folder-narrowed = The app narrows it to you the next time it saves; or set ZCW_CONFIG_DIR to a folder of your own.
doctor-folder-unreadable = { $reason }
doctor-folder-own = Set ZCW_CONFIG_DIR to a folder of your own.
doctor-server = Zoho { $dc } ({ $host })
doctor-server-override = Accounts server { $host }
doctor-server-fix = Check the internet connection, a proxy or a firewall.
doctor-server-silent = No answer within { $seconds } seconds.
doctor-server-unreachable = Not reachable: { $reason }.
doctor-clock-off = Reachable, but this computer's clock is { $offset } s off from Zoho's.
doctor-clock-fix = Set the clock right (turn on automatic time): Zoho's codes and tokens fail when it is minutes off.
doctor-clock-agrees = Reachable; the clock agrees ({ $offset } s off).
doctor-reachable = Reachable.

## Requests sent to customers, as the connections screen lists them

request-waiting = Waiting for the reply · expires { $expires }
request-expired = Expired { $expires }, no reply imported
request-answered = Answered { $when }
disconnected-revoked = Zoho revoked the sign-in of “{ $name }” (its refresh token and the access tokens made from it).
disconnected-alreadyRevoked = Zoho had already let go of the sign-in of “{ $name }”.
disconnected-localOnly = The tokens of “{ $name }” were deleted here only: Zoho may still accept them. Revoke the sign-in by hand in your Zoho account, under Connected apps.
disconnected-notSignedIn = “{ $name }” had no sign-in to revoke.

## The Catalyst tutorial's function names, by edition (step 1)

edition-crm_crud = Node.js and Java editions
edition-lead_manager_function = Python edition

# Errors: each names what happened, then what to do


## What a connection's test call reached (the connections screen and after a sign-in)

reached-crm-org = CRM org { $org }
reached-crm-user = CRM user { $email }
reached-crm-leads = CRM Leads module
reached-crm-no-leads = CRM Leads module (no leads yet)
reached-zoho-account = Zoho account { $email }


## What is wrong with a value an error names: each completes its error's sentence.
## After "The team store's address "…"" or "ZCW_… is "…", which":
flaw-address-empty = is empty: give the server's address, for example https://vault.example.com:8200
flaw-address-not-web = is not a web address
flaw-address-has-path = has a path: give the server's address alone
flaw-address-unencrypted = would send secrets unencrypted to another computer: use https://
flaw-address-other-scheme = is neither https:// nor http:// on this computer
flaw-address-has-credentials = contains a user name or password
## After "The app does not show who sent this request:":
flaw-sender-empty = the name is empty
flaw-sender-spaced = the name has spaces around it, or doubled
flaw-sender-too-long = the name is longer than { $max } characters
flaw-sender-like-code = the name contains a code shaped like a fingerprint
flaw-sender-hidden-characters = the name contains characters that could hide or reorder what is on screen (control or formatting characters) or other symbols
## Inside "The pasted address is not this connection's sign-in answer (…)":
flaw-pasted-not-web = it is not a web address
flaw-pasted-no-redirect-uri = this connection has no valid redirect URI
flaw-pasted-elsewhere = it points somewhere else
flaw-pasted-other-attempt = it belongs to another sign-in attempt
flaw-pasted-repeated = its { $part } appears more than once
flaw-pasted-no-code = it has no code
## After "The reply for "…" holds a value that cannot be used:" or "The team store's record … is damaged:":
flaw-other-connection = it names another connection than "{ $name }"
flaw-name-not-allowed = its connection name is not allowed
flaw-client-id-unusable = its Client ID is not one Zoho makes
flaw-client-secret-unusable = its Client Secret is not one Zoho makes
flaw-other-client = it is for another client than the one the connection uses
flaw-unknown-data-centre = its data centre is not one Zoho has
flaw-other-data-centre = the client is in the { $dc } data centre, and the request asked for { $asked }
flaw-registration-invalid = the request's registration is not valid in the reply's data centre ({ $field ->
        [none] one of its values
       *[other] its { $field }
    })
flaw-no-sign-in = it carries no sign-in, and the request asked for one
flaw-untrusted-accounts-server = its accounts server is not a trusted Zoho accounts server
flaw-accounts-server-elsewhere = its accounts server is the { $other } data centre's, not { $dc }'s
flaw-api-domain-elsewhere = its API domain is not the { $dc } data centre's ({ $expected })
flaw-scopes-not-zohos = its scopes are not Zoho scope names
flaw-account-not-address = the account it was signed in with is not an address
flaw-connection-gone = the connection it reconnects is no longer here
flaw-client-changed = the connection here uses another client now
flaw-data-centre-changed = the connection here moved to another data centre since the request
flaw-signed-in-since = the connection was signed in again here after the request was made
flaw-account-unnamed = Zoho does not say whose account its sign-in belongs to, and the request asked to know
flaw-account-not-zohos = the account it names is not the one Zoho says signed in ({ $zoho })
flaw-other-account = it was signed in with another Zoho account than the connection's ({ $earlier })
flaw-account-unknown = Zoho does not say whose account signed in, and the connection's was { $earlier }
flaw-kept-under-another = it names another connection than the one it is kept under ("{ $key }")
flaw-port-unusable = its loopback port is not usable
flaw-redirect-uri-unusable = a redirect URI is not usable
flaw-homepage-unusable = its homepage is not usable
flaw-client-name-not-allowed = its client name is not allowed
flaw-signed-in-at-unknown = the data centre it was signed in at is not one Zoho has
flaw-request-unusable = the request the connection came from is not usable

## What was done on the person's behalf, above the list of connections
notice-cached-token-replaced = The cached access token of "{ $name }" could not have come from Zoho (its expiry, refresh times or API domain were wrong), so it was replaced with a new one.
notice-token-not-kept = The new access token of "{ $name }" could not be kept for the next call. It was used this once; check where this connection's secrets are kept.
notice-request-removed = The request "{ $name }" expired { $when } without a reply: it is removed with its key, so no reply to it can be opened. Make a new request if you still need one.

## Why a connection has no working sign-in (inside an error)
why-never-connected = it has never been connected
why-refresh-token-missing = its refresh token is missing
why-refresh-token-refused = Zoho no longer accepts its refresh token (revoked, or pushed out by newer sign-ins: Zoho keeps at most 20 per user)
why-disconnected-during-refresh = it was disconnected while its access token was being refreshed
why-disconnected = it was disconnected
why-no-refresh-token = it has no refresh token

## InputError

error-unknown_data_centre = Unknown data centre "{ $given }". Choose one of: { $known }.
# A client name: letters, digits, spaces, _ and & only (no hyphen, no apostrophe).
suggested-client-name = My Zoho Client
error-client_name_empty = Enter a client name, for example { $example }.
error-client_name_invalid_chars = The client name contains { $chars }. Zoho allows only letters, digits, spaces, _ and &.
error-port_empty = Enter a port number ({ $min } to { $max }).
error-port_not_number = "{ $given }" is not a port number. Enter a whole number from { $min } to { $max }.
error-port_out_of_range = Port { $value } is out of range. Use a port from { $min } to { $max }.
error-ports_clash = Port { $port } is also the local serve port. Pick a different port for this app's loopback address.
error-project_name_empty = Enter the Catalyst project name, as shown in the Catalyst console (for example LeadManager).
error-project_name_invalid_chars = The project name contains { $chars }. Use only letters and digits (spaces are removed, capitals lower-cased).
error-org_id_empty = Enter the org ID: the number after /baas/ in your Catalyst console address, or paste that whole address.
error-org_id_not_numeric = The org ID "{ $given }" is not a number. Copy the digits after /baas/ in your Catalyst console address, or paste that whole address.
error-org_id_not_in_url = This address has no org ID in it. Open your project in the Catalyst console and copy the address from the browser's address bar (it contains /baas/ followed by digits).
error-unknown_environment = Unknown environment "{ $given }". Choose development or production.
error-function_name_empty = Enter the function name (crm_crud for the Node.js and Java editions, lead_manager_function for Python).
error-function_name_invalid_chars = The function name contains { $chars }. Use only letters, digits, _ and -.
error-url_empty = Enter an address starting with https://.
error-url_malformed = "{ $given }" is not a complete web address ({ $reason }). Enter it as https://example.com/...
error-url_not_https = "{ $given }" must start with https:// (plain http:// is only accepted for localhost).
error-url_loopback_ip = Zoho rejects 127.0.0.1 and [::1] in redirect URIs. Write "{ $suggestion }" instead.
error-url_has_query_or_fragment = "{ $given }" has a query (?...) or fragment (#...). Remove everything from the ? or # on.
error-url_has_credentials = "{ $given }" contains a user name or password. Remove the part before the @.
error-connection_name_empty = Enter a name for this connection, for example LeadManagerApp.
error-connection_name_invalid_chars = The connection name contains { $chars }. Use letters, digits, spaces, _, . and - only.
error-connection_name_too_long = The connection name is too long. Use at most { $max } characters.
error-connection_exists = A connection named "{ $name }" already exists. Choose another name, or open that connection to replace its secret.
error-connection_not_found = There is no connection named "{ $name }".
error-client_id_empty = Paste the Client ID that Zoho showed after you clicked Create.
error-client_id_looks_like_secret = This looks like the Client Secret, not the Client ID. Paste it into the Client Secret field, and copy the Client ID (it starts with 1000.) into this one.
error-client_id_has_spaces = The Client ID contains spaces. Copy it again from the Zoho API console, without anything around it.
error-client_secret_empty = Paste the Client Secret that Zoho showed after you clicked Create.
error-client_secret_looks_like_id = This looks like the Client ID (it starts with 1000.), not the Client Secret. Paste the Client Secret here: in the Zoho API console it is shown under the Client ID.
error-passphrase_too_short = The passphrase is too short. Use at least { $min } characters, ideally a few unrelated words.
error-passphrase_mismatch = The two passphrases differ. Type the same passphrase twice.
error-wrong_passphrase = Wrong passphrase for the encrypted file: it is not the one chosen when the file was made.
error-server_url_rejected = { $variable } is "{ $value }", which { $reason }. Set it to an https:// address, or to http:// on this computer only (127.0.0.1, [::1] or localhost), or unset it.
error-account_changed = Signed in as { $now }, but this connection was signed in as { $previous }. The new sign-in was not kept, and its tokens were revoked.
error-team_address_rejected = The team store's address "{ $value }" { $reason }.
error-team_path_invalid = The { $field } "{ $value }" is not a path in the team store. Use letters, digits, _, - and ., with / between parts.
error-team_app_role_incomplete = An AppRole needs both its role ID and the file holding its secret ID. Give both, or neither to use a token.
error-connection_name_dots = A connection name cannot be only dots. Use letters or digits too.
error-requester_empty = Enter who asks for the credentials, as the customer's admin knows you (for example Acme Integrations).
error-requester_invalid_chars = Who asks contains { $chars }. Use letters, digits, spaces and plain punctuation (. , - ' & ( ) / @ + _ : ! ? #) only.
error-requester_too_long = Who asks is too long. Use at most { $max } characters.
error-requester_looks_like_code = Who asks contains a code shaped like a fingerprint (groups of four letters or digits, such as ABCD-1234). Write the name alone: the admin's app shows the request's fingerprint by itself, and nothing the request says may look like one.
error-request_name_looks_like_code = A request's connection name cannot be shaped like a fingerprint (groups of four letters or digits, such as ABCD-1234): the admin compares the fingerprint their app shows. Choose another name.
error-request_lifetime_out_of_range = A request cannot last { $given }. Choose from { $min } to { $max }.
error-pasted_address_invalid = The pasted address is not this connection's sign-in answer ({ $reason }). Paste the whole address from the browser's address bar after Zoho sent you back (it starts with { $expected }).

## StoreError

error-read_back_mismatch = The secret read back from { $store } differs from the one entered, so it was not kept. Try saving again.
error-secret_missing = The client secret of "{ $name }" is not in { $store }.

## FileError

error-config_dir_unknown = Cannot find a folder for settings: no home directory is known. Set ZCW_CONFIG_DIR to a folder this app may write to.
error-cannot_write = Cannot write { $path }. Check that the folder exists and is writable, or set ZCW_CONFIG_DIR to another folder.
error-cannot_read = Cannot read { $path }. Check that it exists and that you may read it.
error-not_a_regular_file = { $path } is not a file (it is a folder, a pipe or a device), so it was not read. Choose the file itself.
error-too_large = { $path } is larger than { $max_kib } KiB, far larger than the file it should be, so it was not read. Choose the right file.
error-not_text = { $path } does not hold text, so it is not the file it should be. Choose the right file.
error-not_yours = The folder { $path } belongs to another user, so this app will not keep its files there. Use a folder of your own (set ZCW_CONFIG_DIR), or give this one back to your user.
error-draft_corrupt = The saved wizard draft could not be read, so it was moved to { $moved_to } and the wizard starts fresh. Fill in the steps again; the old draft stays there if you need a value from it.
error-connections_corrupt = The connections file could not be read. It was moved to { $moved_to } so nothing is lost, and an empty list starts now. Restore it from there if you can.
error-connections_from_newer_version = The connections file { $path } was written by a newer version of this app (schema { $version }). Update Zoho Credential Wizard to use it.

## BrowserError

error-launch_failed = Could not open the browser. Copy the address { $url } into your browser instead.
error-untrusted_url = Refusing to open { $url }: it is not the Zoho API console of a known data centre. Nothing was opened. Use the Open Zoho API Console button, which opens the console of the data centre you chose.

## ClipboardError

error-unavailable = The clipboard cannot be used here. Copy needs a desktop session: run this where you will paste.

## SignInError

error-port_in_use = Port { $port } is already in use on this computer, so the sign-in cannot come back to this app. Close the program using it and try again, or pick another port for this connection and register http://localhost:PORT/callback for it in the Zoho API console.
error-port_permission_denied = This computer does not allow listening on port { $port } (on Windows the port may be in a reserved range). Pick another port for this connection and register http://localhost:PORT/callback for it in the Zoho API console.
error-listener_failed = This app could not listen on port { $port } for the sign-in. Close the program using it and try again, or pick another port for this connection and register http://localhost:PORT/callback for it in the Zoho API console.
error-timed_out = No answer came back from Zoho within { $seconds } seconds. { $causes }
error-cancelled = The sign-in was cancelled. Start it again when you are ready.
error-declined = You declined access in Zoho, so no tokens were issued. Start the sign-in again and click Accept in Zoho.
error-untrusted_accounts_server = Zoho's answer names { $server } as the accounts server, which is not a known Zoho accounts server. Nothing was sent to it. Start the sign-in again; if this repeats, someone may be tampering with the sign-in.
error-not_started = There is no sign-in in progress. Start the sign-in again.
error-discarded = The new sign-in was cancelled at Zoho and its tokens deleted; the connection stays signed in as { $previous }. To use the other account after all, sign in again and switch to it.
error-revoke_unreachable = Zoho could not be reached to revoke the sign-in of "{ $name }", so nothing was deleted. You can also revoke it by hand: in your Zoho account, open Connected apps and remove this client.
error-needs_sign_in = "{ $name }" has no working sign-in: { $why }.

## ZohoError

error-invalid_client = Zoho rejected the client: the client secret is wrong, or this client is registered in another data centre. Check the data centre, replace the secret if you regenerated it, and try again.
error-invalid_client_secret = Zoho says the client secret is wrong. Copy it again from the Zoho API console (or regenerate it) and replace it.
error-invalid_code = The sign-in code expired or was already used (codes live 1 to 2 minutes). Start the sign-in again.
error-invalid_redirect_uri = Zoho says the redirect URI does not match the registered one. Register { $uri } exactly (same port, no trailing slash) in the Zoho API console.
error-rate_limited = Zoho is rate limiting this client (too many requests). Wait a few minutes and try again.
error-access_denied = Zoho refused access: too many grants for this client, or access was declined. Wait a few minutes, then sign in again.
error-unexpected = Zoho answered with an error this app does not know. Try again; if it repeats, check the client in the Zoho API console.
error-bad_response = Zoho's answer could not be understood. Try again in a few minutes; if it repeats, Zoho may be changing something on its side.
error-token_rate_limited = Zoho allows at most 10 new access tokens per 10 minutes for a connection, and "{ $name }" has used them. Try again in { $wait_secs } seconds.

## NetworkError

error-timeout = Zoho did not answer within { $seconds } seconds. Check the internet connection (and any proxy), then try again.
error-unreachable = Zoho could not be reached. Check the internet connection (and any proxy), then try again.

## Error


## KeychainError

error-keychain_unavailable = This computer's keychain is not available. Install and start a keyring such as GNOME Keyring or KWallet and unlock it, then try again. Nothing was saved.
error-keychain_locked = This computer's keychain is locked or refused access. Unlock it (sign in to your desktop session, or unlock the keyring in your keyring app), then try again. Nothing was saved.
error-keychain_timeout = This computer's keychain did not answer within { $seconds } seconds. It may be locked and waiting for its password in a dialog: unlock it and try again. The keychain may still finish the change later; the next change to your connections checks it and tidies up.
error-keychain_too_long = The { $what ->
        [secret] secret
       *[name] name of the entry
    } is longer than this computer's keychain allows ({ $limit } bytes at most), so it was not saved.
error-keychain_failure = This computer's keychain failed. Try again; if it keeps failing, restart your keyring.

## FileStoreError

error-file_store_missing = The encrypted file { $path } does not exist yet.
error-file_store_corrupt = The encrypted file { $path } cannot be read: it is damaged, or not an encrypted file of this app. Restore it from a backup, or move it away and save the secrets again.
error-file_store_key_mismatch = The encrypted file { $path } was not made with the key in { $key }: the two files belong to different stores. Nothing was changed. Put back the key file that was beside this store (from the same backup; a key file set aside earlier is kept beside it, its name ending in .unused), or move both away and save the secrets again. If the store is held unlocked in the background, lock it and unlock it again.
error-file_store_key_damaged = The key file { $key } of the encrypted file is damaged. Nothing was changed. Restore it from the same backup as { $path }; without it the store cannot be opened.
error-file_store_too_much_work = Opening { $path } with its passphrase needs more work (scrypt 2^{ $required }) than this computer allows (up to 2^{ $allowed }): the passphrase was set on a much faster computer, or not by this app. Nothing was changed. Open the store on the computer that set its passphrase and set a new passphrase there.
error-file_store_key_missing = The key of the encrypted file { $path } is missing: its passphrase opens the key file beside it, { $key }, which is not there. Nothing was changed. Restore the key file from the same backup as the store.
error-passphrase_needed = Secrets are kept in the encrypted file, which needs its passphrase.
error-agent = The agent holding the encrypted file failed.
error-agent_outdated = The agent holding the encrypted file was started by another version of this program (protocol { $found }; this one speaks { $expected }), as happens after an upgrade.
error-agent_running = An agent is already running (its socket is { $path }).

## TeamError

error-team_unreachable = The team store at { $address } cannot be reached. Check the address and that the server is running, then try again. Nothing was changed.
error-team_quorum_lost = The team store's cluster ({ $addresses }) has no active node: { $down } of its { $nodes } nodes do not answer, so it has lost its quorum (a majority must run). Start the stopped nodes, then try again. Nothing was changed.
error-team_no_active_node = The team store's cluster ({ $addresses }) found no active node within { $seconds } seconds (an election that does not finish). Check the cluster's health, then try again. Nothing was changed.
error-team_sealed = The team store at { $address } is sealed. Ask its operator to unseal it (bao operator unseal, or vault operator unseal), then try again. Nothing was changed.
error-team_token_missing = No token for the team store. Set VAULT_TOKEN (or BAO_TOKEN), or sign in with bao login or vault login (they keep the token in ~/.vault-token); on a server, give an AppRole (role ID and secret ID file).
error-team_token_rejected = The team store at { $address } refused the token: it has expired or was revoked. Get a new one (bao login, vault login, or a new AppRole secret ID), then try again. Nothing was changed.
error-team_permission_denied = The team store's token may not { $capability ->
        [read] read
        [list] list
        [create] create
        [delete] delete
       *[update] change
    } "{ $path }". Its policy needs the "{ $capability }" capability on that path (see README, Teams and servers). Nothing was changed.
error-team_app_role_refused = The team store's AppRole login was refused. Check the role ID and that the secret ID in its file is current.
error-team_secret_id_file = The AppRole secret ID file { $path } cannot be read. Check that it exists and that this user may read it.
error-team_ca_cert = The team store's CA certificate { $path } cannot be used. Give a PEM file with the CA that signed the server's certificate.
error-team_answer = The team store at { $address } refused the request (HTTP { $status }). Nothing was changed. Try again; if it repeats, show the details to whoever runs the team store.
error-team_record_unreadable = The team store's record { $path } is not in the shape this app writes. Someone changed it by hand: fix or delete it.
error-team_record_damaged = The team store's record { $path } is damaged: { $problem }. It is not used. Fix it, or delete it and add the connection again.
error-team_conflict = The team store's record { $path } kept changing under us (other machines were writing). Try again in a moment.
error-team_refresh_stuck = Another machine has been refreshing the access token of "{ $name }" for { $seconds } seconds without finishing. Try again in a minute; if it keeps happening, check that machine.
error-team_not_set_up = No team store is set up on this computer.

## ApiError

error-other_host = { $given } is not on the API domain of "{ $name }", { $domain }: its token is sent nowhere else, so nothing was sent. Give a path such as /crm/v8/org, or an address on { $domain }.
error-bad_target = "{ $given }" is not an API path or address. Give a path such as /crm/v8/org.
error-bad_header = The header "{ $name }" cannot be sent: a header is Name: value, the name made of letters, digits and -, the value on one line in plain ASCII. Correct it and try again.
error-header_refused = The { $header } header is set from the connection itself and cannot be given. Leave it out and try again.
error-no_api_domain = "{ $name }" has no API domain on record and its data centre names none, so there is nowhere its token may go. Sign in again so that Zoho names it.
error-token_refused = Zoho refused the access token of "{ $name }" (INVALID_TOKEN), again right after a new one was made: the sign-in was revoked or is no longer valid.
error-scope_missing = { $needs ->
        [none] The access token of “{ $name }” works, but its scopes do not cover this call (Zoho answered OAUTH_SCOPE_MISMATCH); the sign-in granted { $granted }. Zoho's documentation of the call names the scope it needs.
       *[other] The access token of “{ $name }” works, but its scopes do not cover this call (Zoho answered OAUTH_SCOPE_MISMATCH): it needs { $needs }, and the sign-in granted { $granted }.
    }
error-api_rate_limited = Zoho's API rate limit was reached for "{ $name }" (HTTP 429): nothing more is sent for now. Wait a minute, then try again.

## OnboardingError

error-request_unreadable = This is not a credentials request from Zoho Credential Wizard. Ask the sender to send the request file or its link again.
error-feed_unreachable = The update feed at { $address } could not be reached, so the app could not look for a new version. Check the network and try again later; the app is unchanged.
error-feed_unreadable = The update feed's answer is not one this app reads, so no update was offered. Try again later; the app is unchanged.
error-signature_refused = The downloaded update does not carry a valid signature from the app's publisher, so it was not installed. The app is unchanged. Try again later; if it repeats, download the app from its release page and check it as the README says.
error-download_failed = The update could not be downloaded. Try again later; the app is unchanged.
error-install_failed = The update could not be installed, so the app is unchanged. Try again, or download the new version from the app's release page.
error-nothing_to_install = There is no update waiting to be installed. Check for updates first.
error-offer_changed = The update feed now offers version { $now }, not the { $offered } you agreed to, so nothing was installed. Check for updates again.
error-request_from_newer_app = This request was made with a newer version of Zoho Credential Wizard (its format is version { $version }), which this version cannot read. Update the app, then open the request again; nothing was created.
error-request_expired = The request from { $from } expired { $when }. Ask { $from } for a new request; nothing was sent.
error-requester_refused = The app does not show who sent this request: { $why }. It shows only names that cannot disguise what is on the screen. Nothing was created. Ask the sender to make a new request with Zoho Credential Wizard.
error-request_from_the_future = This request says it was made { $when }, by this computer's clock. Check this computer's date and time; if they are right, ask the sender for a new request. Nothing was created.
error-fingerprint_mismatch = The fingerprint does not match this request's, so the request may have been changed on the way (its key swapped). Nothing was saved. Call the sender on a number you already know and ask them to read the fingerprint their app shows for this request; if it still differs, ask for a new request.
error-not_from_request = "{ $name }" was not made from a credentials request, so there is nobody to send it to. Open the request you were sent and create the connection from it.
error-sign_in_first = { $from } asked for a signed-in connection, and "{ $name }" is not signed in yet. Sign in to Zoho for it first, then send the reply.
error-no_such_request = There is no pending request named "{ $name }" on this computer's active store. Check the name in the list of requests (a cancelled request cannot be answered).
error-request_exists = A request named "{ $name }" is already waiting for its reply. Cancel it first, or choose another name.
error-already_answered = The reply to "{ $name }" was already imported { $when }; its key is gone, so a reply cannot be imported twice. The connection "{ $name }" holds what it brought.
error-reply_unreadable = This reply cannot be opened with the key of any request waiting here. It was changed on the way, or it answers a request that was cancelled or made on another computer's store. Nothing was changed. Ask the sender to save the reply again and send the file itself.
error-reply_from_newer_app = This reply was made with a newer version of Zoho Credential Wizard (its format is version { $version }), which this version cannot read. Update the app, then import the reply again; nothing was changed.
error-reply_for_another_request = This reply answers another request than "{ $name }" (request { $expected }). Import it with the request it answers; nothing was changed.
error-reply_late = The reply for "{ $name }" arrived after its request expired ({ $when }), so it was not imported. Anyone who saw the request could have answered it; import it only if you expected this reply from your customer.
error-reply_invalid = The reply for "{ $name }" holds a value that cannot be used: { $reason }. Ask the sender to check the connection and send a new reply; nothing was changed.
error-reconnect_self_client = "{ $name }" is a Self Client: it belongs to the account that made it, so no customer can reconnect it. Make a new Self Client code in the Zoho API console and import its file again.
error-reconnect_other_client = This request asks you to sign in again to "{ $name }" with the client { $asked }, and the Client ID given is another client's. Use the client the connection was made with (the Zoho API console shows its Client ID under Client Secret); a different client needs a new request, not a reconnect. Nothing was saved.
error-reconnect_kept_other_client = This request asks you to sign in again to "{ $name }" with the client { $asked }, and the connection "{ $name }" on this computer uses another client. Nothing was changed. Ask the sender whether the request is for this connection; if it is, remove the connection here and open the request again.
error-reconnect_not_from_request = This request asks you to sign in again to "{ $name }", and the connection "{ $name }" on this computer was not made from a request, so it is not handed over. Nothing was changed. If you do want to give the requester this connection, ask them for a new request (not a reconnect) and answer it under another name.
error-self_client_file_unreadable = This is not a self_client.json from the Zoho API console. In the console, open Self Client, generate a code and choose DOWNLOAD, then use that file.
error-self_client_code_expired = The code in this self_client.json expired { $when }; nothing was sent to Zoho. In the Zoho API console, open Self Client, generate a new code (choose 10 minutes) and use the new file right away.

## Error

error-worker_failed = A background task stopped unexpectedly. Try again; if it keeps happening, restart the app.
error-cannot_start = Zoho Credential Wizard cannot work on this computer yet. { $cause }
error-file_unusable = { $path } could not be written. Choose another file, or paste the text instead.
error-cannot_delete = { $path } could not be deleted. Delete it yourself in your file manager: it holds the Client Secret in plain text.
error-no_self_client_file = No Self Client file was imported in this window, so nothing was deleted. If a self_client.json is still in your downloads, delete it yourself.
error-no_request_made = No request was made in this window, so there is nothing to save. Make the request again.
error-request_changed = The request on the screen is no longer the one being answered, so nothing was saved. Open the request again and check its fingerprint.
error-nothing_to_import = No reply is open any more, so nothing was imported. Open the reply again.
