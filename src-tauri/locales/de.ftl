# Zoho Credential Wizard: jedes Wort der Desktop-App, auf Deutsch (übersetzt aus en.ftl). Anrede: Sie.
# Begriffe: docs/glossary/de.md (nach GLOSSARY.md). Text in <b>…</b>, der eine Schaltfläche oder ein Feld in Zohos
# API Console benennt, ist Zohos eigene Beschriftung, wie die Console sie zeigt: unverändert lassen und drumherum erklären.
# Ein Element mit data-l10n-name gehört der App (ein Feld, ein Wert, den sie einsetzt): behalten, genau einmal.

app-name = Zoho Credential Wizard

## Die Dateidialoge der App

dialog-choose-request = Anfrage öffnen
dialog-request-files = Anfrage nach Zugangsdaten
dialog-save-reply = Antwort speichern
dialog-save-request = Anfrage speichern
dialog-choose-reply = Antwort importieren
dialog-reply-files = Verschlüsselte Antwort
dialog-choose-self-client = self_client.json auswählen
dialog-self-client-files = Self-Client-Datei

## Der nächste Schritt nach einem Fehler, mit der Schaltfläche, auf die zu klicken ist

next-ask-customer = Die Anmeldung gehört Ihrem Kunden: Klicken Sie auf „Kunden um erneute Anmeldung bitten“, dann meldet sich dessen Admin erneut an.
next-sign-in = Öffnen Sie „{ $connection }“ und klicken Sie auf „Erneut anmelden“.
next-replace-secret = Öffnen Sie „{ $connection }“ und klicken Sie auf „Secret ersetzen“. Ist das Secret verloren, generieren Sie es in der Zoho API Console neu.
next-list-connections = Gehen Sie zurück zu „Alle Verbindungen“, um die gespeicherten Verbindungen zu sehen.
next-choose-file-store = Oder verwenden Sie stattdessen die verschlüsselte Datei.
next-create-file-store = Wählen Sie zuerst auf dem Bildschirm „Verbindungen“ unter „Speicherort der Secrets ändern…“ die verschlüsselte Datei.
next-enter-passphrase = Geben Sie die Passphrase, die Sie dafür gewählt haben, in das Feld oben ein und klicken Sie dann auf „Verschlüsselte Datei entsperren“.
next-delete-locally = Versuchen Sie es erneut, wenn Zoho erreichbar ist, oder wählen Sie unten „Nur auf diesem Computer …“.
next-allow-account-change = Melden Sie sich erneut an und wählen Sie „Wechseln zu …“, wenn nach dem anderen Konto gefragt wird.
next-restart-agent = Beenden Sie die App und öffnen Sie sie erneut. Wird die verschlüsselte Datei im Hintergrund entsperrt gehalten, sperren Sie sie zuerst (ein Entwickler führt dazu zcw lock aus).
next-stop-agent = Sperren Sie zuerst die verschlüsselte Datei, die im Hintergrund entsperrt gehalten wird (ein Entwickler führt dazu zcw lock aus).
next-choose-team-store = Wählen Sie auf dem Bildschirm „Verbindungen“ unter „Speicherort der Secrets ändern…“ den Team-Speicher.
next-sign-in-with-scope = Melden Sie sich erneut für „{ $connection }“ an und nehmen Sie dabei den benötigten Scope in die angefragten Berechtigungen auf.
next-accept-late-reply = Wenn Sie diese Antwort erwartet haben, setzen Sie das Häkchen bei „Ich habe diese Antwort nach Ablauf der Anfrage erwartet“ und importieren Sie sie erneut.

# Die Seite

## Rahmen

page-a = Zum Inhalt springen
page-span = Zoho Credential Wizard
page-nav =
    .aria-label = App
nav-home = Alle Verbindungen
stepper =
    .aria-label = Schritte des Assistenten

## Entsperren

unlock-title = Verschlüsselte Datei entsperren
unlock-explain = Die Secrets dafür liegen in der verschlüsselten Datei. Geben Sie zuerst deren Passphrase ein: Die App hält die Datei entsperrt, bis Sie die App beenden.
label-unlock-passphrase = Passphrase der verschlüsselten Datei
unlock-button = Verschlüsselte Datei entsperren

## Rahmen

answering =
    .aria-label = Anfrage nach Zugangsdaten
answering-reconnect = <strong data-l10n-name="strong0"></strong> Eine neue Anmeldung für dieselbe Verbindung und denselben Client: Es wird nichts Neues angelegt.
answering-reconnect-strong = <bdi data-l10n-name="answering-reconnect-from"></bdi> bittet Sie, sich erneut für „<span data-l10n-name="answering-reconnect-name"></span>“ anzumelden.
answering-dt = Angefragt von
answering-span = (vom Absender selbst eingegeben: Dass die Anfrage wirklich von ihm stammt, zeigt erst der Fingerabdruck)
answering-dt-2 = Läuft ab
answering-dt-3 = Fingerabdruck
answering-span-2 = (von dieser App aus der Anfrage berechnet)
answering-p = Bitten Sie die Person, die Ihnen die Anfrage gesendet hat, Ihnen den Fingerabdruck vorzulesen, den ihre App angezeigt hat. Weicht er ab, wurde die Anfrage unterwegs verändert: Brechen Sie hier ab. Die Werte unten stammen aus der Anfrage und können nicht geändert werden.
label-answering-dc = Ihr Zoho-Rechenzentrum
answering-dc-hint = Die Anfrage überlässt Ihnen die Wahl: Wählen Sie, wo das Zoho-Konto Ihres Unternehmens liegt. Sobald das Client Secret gespeichert ist, lässt sich das nicht mehr ändern.
stop-answering = Diese Anfrage nicht weiter beantworten
incoming-title = Eine weitere Anfrage nach Zugangsdaten ist eingegangen
incoming-dt = Verbindung
incoming-dt-2 = Angefragt von
incoming-dt-3 = Fingerabdruck
incoming-p = Sie beantworten gerade die Anfrage für „<span data-l10n-name="incoming-current"></span>“. Nichts ändert sich, bis Sie sich entscheiden.
incoming-keep = Aktuelle Anfrage weiter beantworten
incoming-switch = Stattdessen die neue Anfrage beantworten

## Startseite

home-title = Verbindungen
open-request = Erhaltene Anfrage öffnen
new-connection = Neue Verbindung
home-p = Jede Verbindung steht für einen Zoho-Client: Seine Angaben bewahrt die App hier auf, sein Client Secret <span data-l10n-name="home-store"></span>.
draft-banner = Sie haben eine nicht abgeschlossene Verbindung. <button data-l10n-name="resume-draft"></button>
resume-draft = Dort weitermachen, wo Sie aufgehört haben
connections-caption = Gespeicherte Verbindungen
connections-th = Name
connections-th-2 = Rechenzentrum
connections-th-3 = Client ID
connections-th-4 = Integration
connections-th-5 = Secret gespeichert in
connections-th-6 = Status
no-connections-p = <strong>Noch keine Verbindungen.</strong>
no-connections-p-2 = Klicken Sie auf <b>Neue Verbindung</b>, um einen Zoho-Client zu registrieren und sein Secret sicher zu speichern.
home-span = Neue Secrets werden <strong data-l10n-name="store-description"></strong> gespeichert.
change-store = Speicherort der Secrets ändern…
check-computer = Diesen Computer prüfen
customers-title = Zusammenarbeit mit einem Kunden
home-p-2 = Wenn nur der Zoho-Admin Ihres Kunden den Client registrieren kann: Senden Sie ihm eine Anfrage und importieren Sie die verschlüsselte Antwort. So muss niemand ein Secret in eine E-Mail kopieren.
request-credentials = Zugangsdaten beim Kunden anfragen
import-reply = Antwort importieren
requests-caption = An Kunden gesendete Anfragen
requests-th = Anfrage
requests-th-2 = Gesendet als
requests-th-3 = Fingerabdruck
requests-th-4 = Stand
requests-span = Aktionen
store-picker-legend = Wo neue Verbindungen ihre Secrets aufbewahren
store-picker-span = Schlüsselbund dieses Computers
store-picker-span-2 = Die übliche Wahl: Das Secret bleibt auf diesem Computer, geschützt durch Ihr Benutzerkonto.
store-picker-span-3 = Eine verschlüsselte Datei
store-picker-span-4 = Wenn kein Schlüsselbund funktioniert. Die App fragt bei jedem Start einmal nach der Passphrase.
store-picker-span-5 = Der OpenBao- oder Vault-Server Ihres Teams
store-picker-span-6 = Gemeinsam genutzt: Jeder damit eingerichtete Computer und Server sieht dieselben Verbindungen und Tokens.
file-store-explain = Die verschlüsselte Datei bewahrt die Secrets in einer einzigen Datei auf, verschlüsselt mit einer Passphrase Ihrer Wahl. Verwenden Sie sie nur, wenn kein Schlüsselbund funktioniert.
label-home-passphrase = Passphrase
label-home-passphrase-again = Passphrase wiederholen
team-store-explain = Fragen Sie die Person, die den OpenBao- oder Vault-Server Ihres Teams betreibt, nach dessen Adresse und einem Token (oder melden Sie sich auf diesem Computer mit <code>bao login</code> oder <code>vault login</code> an und lassen Sie das Token leer). Verbindungen werden unter dem Präfix im KV-Mount (Version 2) abgelegt.
label-team-address = Serveradresse <small>(bei einem Cluster: die Adresse jedes Knotens in einer eigenen Zeile)</small>
label-team-token = Token <small>(wird nur aufbewahrt, solange die App läuft)</small>
label-team-mount = KV-Mount
label-team-prefix = Präfix
team-store-form-summary = Weitere Einstellungen (Zertifikat, Namespace, AppRole)
label-team-ca-cert = CA-Zertifikatsdatei <small>(wenn das Zertifikat des Servers von Ihrer eigenen CA stammt)</small>
label-team-namespace = Namespace
label-team-role-id = Role ID der AppRole
label-team-secret-id-file = Datei mit der Secret ID der AppRole
cancel-store = Abbrechen
confirm-store = Neue Secrets hier speichern

## Computer prüfen

doctor-title = Diesen Computer prüfen
doctor-p = Was diese App von Ihrem Computer braucht, gerade eben geprüft: Jeder Punkt ist in Ordnung oder sagt, was zu tun ist.
doctor-back = Zurück zu den Verbindungen
doctor-again = Erneut prüfen

## Details

show-connect = Bei Zoho anmelden
show-handover = Übergeben
show-disconnect = Trennen…
show-reconnect = Kunden um erneute Anmeldung bitten
show-replace = Secret ersetzen
show-rename = Umbenennen
show-remove = Entfernen…
replace-explain = Haben Sie das Secret in der Zoho API Console neu generiert? Fügen Sie das neue hier ein; es ersetzt das gespeicherte Secret.
label-replace-secret = Neues Client Secret
replace-form-button = Anzeigen
    .aria-label = Neues Client Secret anzeigen
confirm-replace = Neues Secret speichern
replace-form-button-2 = Abbrechen
label-rename-input = Neuer Name
confirm-rename = Umbenennen
rename-form-button = Abbrechen
confirm-remove = Verbindung und ihre Secrets entfernen
remove-local = Nur auf diesem Computer entfernen
remove-form-button = Abbrechen
confirm-disconnect = Trennen und bei Zoho widerrufen
disconnect-local = Nur auf diesem Computer trennen
disconnect-form-button = Abbrechen
details-h2 = In Zoho registriert
details-back = Zurück zu den Verbindungen

## Anfrage öffnen

open-request-title = Anfrage nach Zugangsdaten öffnen
open-request-view-p = Jemand hat Sie um einen Zoho-Client gebeten: Öffnen Sie die Anfragedatei, die Sie erhalten haben (<code>NAME.zcwrequest</code>), oder fügen Sie den Link aus der E-Mail ein. Die App zeigt dann genau, was Sie in Zoho anlegen müssen, und sendet eine Antwort zurück, die nur der Absender öffnen kann.
label-request-text = Link oder Anfragetext
open-request-back = Zurück
choose-request-file = Datei auswählen…
open-request-text = Eingefügte Anfrage öffnen

## Antwort importieren

import-reply-title = Antwort importieren
import-reply-view-p = Der Zoho-Admin Ihres Kunden hat eine Anfrage von Ihnen beantwortet: Wählen Sie die Datei mit der Antwort, oder fügen Sie den Antworttext aus der E-Mail ein. Die Antwort lässt sich nur mit dem Schlüssel der Anfrage öffnen, der <strong data-l10n-name="import-store"></strong> aufbewahrt wird. Enthält sie eine Anmeldung, prüft die App bei Zoho, ob diese funktioniert. Danach prüfen Sie, wessen Konto es ist, bevor etwas gespeichert wird.
label-reply-text = Antworttext
reply-text =
    .placeholder = Fügen Sie hier den ganzen Antworttext ein

## Antwort prüfen

import-confirm-title = Antwort prüfen, bevor sie gespeichert wird
import-confirm-dt = Verbindung
ic-reconnect-dt = Erneute Anmeldung für
import-confirm-dt-2 = Angemeldetes Zoho-Konto
import-confirm-dt-3 = Client ID
import-confirm-dt-4 = Rechenzentrum
import-confirm-dt-5 = Antwortcode
import-confirm-span = (die App des Admins hat nach dem Senden denselben Code angezeigt: Lassen Sie ihn sich vorlesen, wenn es darauf ankommt)
ic-late-span = Ich habe diese Antwort nach Ablauf der Anfrage erwartet
ic-confirm-text = Das ist das Zoho-Konto meines Kunden
ic-discard = Diese Antwort verwerfen
ic-import = Verbindung importieren

## Antwort importieren

import-open = „<span data-l10n-name="import-done-name"></span>“ öffnen
import-reply-back = Zurück zu den Verbindungen
choose-reply-file = Datei auswählen…
import-reply-text = Eingefügte Antwort öffnen

## Anfrage erstellt

request-made-title = Ihre Anfrage ist bereit zum Senden
made-lead = Senden Sie die Anfragedatei oder den Link per E-Mail an den Zoho-Admin Ihres Kunden. Keines von beiden enthält ein Secret. Der Schlüssel der Anfrage bleibt <strong data-l10n-name="made-store"></strong>, sodass nur Sie die Antwort öffnen können.
request-made-p = Fingerabdruck <strong data-l10n-name="made-fingerprint"></strong>
request-made-p-2 = Lesen Sie ihn dem Admin am Telefon vor: Seine App zeigt dieselben vier Gruppen. Läuft ab: <span data-l10n-name="made-expires"></span>.
save-request-file = Anfragedatei speichern…
copy-request-link = Link kopieren
made-email-title = Eine E-Mail, die Sie dazu senden können
request-made-p-3 = Was der Admin tun muss, woher er die App bekommt und dass Sie ihn anrufen, um den Fingerabdruck vorzulesen (der nie in der E-Mail steht). Kopieren Sie den Text in Ihre E-Mail und hängen Sie die Anfragedatei an.
made-done = Fertig: zu den Verbindungen

## Anfrage zur erneuten Anmeldung

reconnect-request-title = Kunden um erneute Anmeldung für „<span data-l10n-name="rr-name"></span>“ bitten
reconnect-request-p = Der Zoho-Admin Ihres Kunden meldet sich für diese Verbindung erneut an; Sie importieren seine Antwort in diese Verbindung. Die Anfrage enthält Client, Rechenzentrum und Berechtigungen der Verbindung, der Admin muss also nichts anlegen: Hat er die Verbindung behalten, meldet er sich nur an.
reconnect-request-dt = Client ID
reconnect-request-dt-2 = Rechenzentrum
reconnect-request-dt-3 = Berechtigungen
label-rr-from = Wer fragt an
rr-from =
    .placeholder = Acme Integrations
hint-rr-from = Ihr Unternehmen oder Ihr Name, so wie der Admin es sehen wird.
label-rr-expires = Gültig für
rr-expires-option = 1 Tag
rr-expires-option-2 = 3 Tage
rr-expires-option-3 = 7 Tage
rr-expires-option-4 = 14 Tage
rr-expires-option-5 = 30 Tage
label-rr-scopes-add = Zusätzliche Berechtigungen (optional, Scopes durch Kommas getrennt)
hint-rr-scopes-add = Wenn ein Aufruf eine Berechtigung braucht, die der Verbindung fehlt, tragen Sie hier ihren Scope ein.
rr-back = Abbrechen
rr-make = Anfrage zur erneuten Anmeldung erstellen

## Erneut anmelden (Verbindung noch vorhanden)

reconnect-kept-title = Erneut für „<span data-l10n-name="rk-name"></span>“ anmelden
reconnect-kept-p = Dieser Computer hat diese Verbindung noch, mit dem Client, den die Anfrage nennt. Es gibt nichts anzulegen oder zu kopieren: Bestätigen Sie den Fingerabdruck und melden Sie sich dann bei Zoho an. Ihre Antwort enthält dann die neue Anmeldung.
reconnect-kept-dt = Client ID
reconnect-kept-span = (die, die dieser Computer für „<span data-l10n-name="rk-name-again"></span>“ aufbewahrt)
reconnect-kept-dt-2 = Angefragte Berechtigungen
reconnect-kept-span-2 = Die Person, die die Anfrage gesendet hat, hat mir diesen Fingerabdruck vorgelesen, und er stimmt überein: <strong data-l10n-name="rk-fingerprint"></strong>
rk-sign-in = Weiter: erneut anmelden

## Schritt 1

step-1-title = Was möchten Sie mit Zoho verbinden?
step1-request-hint = Hat Ihnen jemand eine Anfrage gesendet? <button data-l10n-name="step1-open-request"></button>
step1-open-request = Erhaltene Anfrage öffnen
step-1-p = Geben Sie an, wo Ihr Zoho-Konto liegt und was den neuen Zoho-Client nutzen wird. Die App ermittelt daraus die genauen Werte, die Sie in Zoho registrieren.
label-dc = Zoho-Rechenzentrum
hint-dc = Erkennbar an der Adresse, unter der Sie sich bei Zoho anmelden, zum Beispiel <code>accounts.zoho.eu</code> für Europa.
step-1-legend = Integration
template-span = Catalyst-App
text-catalyst = Eine Zoho-Catalyst-App, etwa die aus dem LeadManager-Tutorial.
template-span-2 = hotglue / Optiply
text-hotglue = Ein hotglue-Connector, zum Beispiel die Zoho-Integration von Optiply.
template-span-3 = Eigene
text-custom = Eigene Skripte oder ein eigener Server, mit Redirect URIs, die Sie selbst festlegen.
choice-self-client-span = Self Client
text-self-client = Die eigenen Skripte Ihrer Organisation, mit Zohos Self Client: keine Redirect URI, sondern ein Code, der in der Console erzeugt wird.
label-catalyst-project = Projektname
catalyst-project =
    .placeholder = LeadManager
hint-catalyst-project = Wie in der Catalyst-Console angezeigt. In der Adresse der App werden Leerzeichen entfernt und Großbuchstaben kleingeschrieben.
label-catalyst-org = Org-ID
catalyst-org =
    .placeholder = 60012345678 oder die Adresse der Console
hint-catalyst-org = Die Zahl nach <code>/baas/</code> in der Adresse der Catalyst-Console. Sie können auch die ganze Adresse einfügen.
label-catalyst-environment = Umgebung
catalyst-environment-option = Entwicklung (Development)
catalyst-environment-option-2 = Produktion (Production; Adresse von Zoho nicht bestätigt)
label-catalyst-function = Funktionsname
function-picks =
    .aria-label = Funktionsnamen der Tutorial-Ausgaben
label-catalyst-serve-port = Lokaler Port für catalyst serve
hint-catalyst-serve-port = Der Port, auf dem <code>catalyst serve</code> läuft.
label-hotglue-homepage = Homepage URL (Adresse Ihrer Website)
hint-hotglue-homepage = Die Website Ihres Unternehmens. Die Redirect URI von hotglue, <code>https://hotglue.xyz/callback</code>, wird automatisch hinzugefügt.
label-custom-homepage = Homepage URL (Adresse Ihrer Website)
label-custom-redirect-uris = Redirect URIs
hint-custom-redirect-uris = Eine pro Zeile, genau so, wie Ihre Integration sie sendet: mit https, oder mit http nur für localhost.
fields-self-client-p = Zoho legt den Self Client für Sie an: Es gibt nichts zu registrieren. Als Nächstes erzeugt die Console einen Code für die Scopes, die Sie wählen, und diese App tauscht ihn gegen Tokens ein.
label-client-name = Client-Name
hint-client-name = Der Name, den Sie in der Zoho API Console sehen werden. Nur Buchstaben, Ziffern, Leerzeichen, _ und &.
step1-advanced-summary = Für Entwickler: die eigene Redirect URI dieser App
loopback-explain = Schritt 2 führt außerdem <code data-l10n-name="loopback-preview"></code> zum Registrieren auf: Dorthin schickt Zoho den Browser nach einer Anmeldung von diesem Computer zurück, damit diese App Tokens erhält und den Client prüfen kann. Zoho braucht den genauen Port und <code>localhost</code> statt 127.0.0.1. Ändern Sie den Port nur, wenn ein anderes Programm ihn verwendet.
label-loopback-port = Port dieser App
request-options-legend = Die Anfrage
label-request-name = Verbindungsname
label-request-from = Wer fragt an
request-from =
    .placeholder = Acme Integrations
hint-request-from = Ihr Unternehmen oder Ihr Name, so wie der Admin es sehen wird: Buchstaben, Ziffern, Leerzeichen und einfache Satzzeichen.
label-request-expires = Gültig für
request-expires-option = 1 Tag
request-expires-option-2 = 3 Tage
request-expires-option-3 = 7 Tage
request-expires-option-4 = 14 Tage
request-expires-option-5 = 30 Tage
request-options-label = <input data-l10n-name="request-dc-open"> Den Kunden das Rechenzentrum wählen lassen (wenn Sie nicht wissen, wo sein Zoho-Konto liegt)
request-options-label-2 = <input data-l10n-name="request-refresh"> Der Admin meldet sich auch an, damit die Antwort ein Refresh-Token enthält (für Skripte, die Zohos APIs aufrufen)
label-request-scopes = Scopes (durch Kommas getrennt)
cancel-request-form = Abbrechen
next = Weiter: in Zoho registrieren
make-request = Anfrage erstellen

## Schritt 2

step-2-title = Client in Zoho registrieren
step-2-p = Legen Sie in der Zoho API Console für <strong data-l10n-name="s2-dc"></strong> einen Client an und tragen Sie genau diese Werte ein.
step-2-div = <strong>Zoho zeigt das Client Secret womöglich nur ein einziges Mal.</strong> Klicken Sie deshalb hier auf <b>Weiter: Client Secret speichern</b>, bevor Sie in Zoho auf <b>Create</b> (Erstellen) klicken. Dann können Sie das Secret einfügen, sobald Zoho es zeigt. Geht es verloren, müssen Sie es in der Zoho API Console neu generieren.
open-console = Zoho API Console öffnen
step-2-li = Klicken Sie oben auf <b>Zoho API Console öffnen</b> und melden Sie sich an.
step-2-li-2 = Klicken Sie auf <b>Get Started</b> (Los geht's) oder, wenn Sie bereits Clients haben, auf <b>Add Client</b> (Client hinzufügen).
step-2-li-3 = Wählen Sie <b>Server-based Applications</b> (serverbasierte Anwendungen).
step-2-li-4 = Füllen Sie in Zoho <b>Client Name</b> (Client-Name), <b>Homepage URL</b> (Adresse Ihrer Website) und jede <b>Authorized Redirect URI</b> (erlaubte Redirect URI) aus. Jeden Wert kopieren Sie hier mit der Schaltfläche „Kopieren“ daneben. Fügen Sie in Zoho für jede URI eine eigene Zeile hinzu: Zoho vergleicht sie Zeichen für Zeichen.
step-2-li-5 = Bevor Sie in Zoho auf <b>Create</b> (Erstellen) klicken: Klicken Sie hier auf <b>Weiter: Client Secret speichern</b>, damit die Felder für Client ID und Client Secret bereitstehen.
step-2-li-6 = Klicken Sie in Zoho auf <b>Create</b> (Erstellen). Zoho zeigt dann <b>Client ID</b> und <b>Client Secret</b>: Kopieren Sie beide sofort in diese App.
back = Zurück
next-2 = Weiter: Client Secret speichern

## Schritt 2 mit dem Self Client

self-title = Code im Self Client erzeugen
step-2-self-p = In der Zoho API Console für <strong data-l10n-name="self-dc"></strong> erzeugt der Self Client einen Code, den diese App gegen Tokens eintauscht. Der Code gilt nur wenige Minuten: Halten Sie dieses Fenster bereit.
self-open-console = Zoho API Console öffnen
step-2-self-li = Wählen Sie <b>Self Client</b> (beim ersten Mal: <b>Create Now</b> (Jetzt erstellen), dann <b>OK</b>).
step-2-self-li-2 = Fügen Sie im Tab <b>Generate Code</b> (Code erzeugen) die Scopes von unten ein, wählen Sie als Dauer (Time Duration) <b>10 minutes</b> (10 Minuten) und geben Sie eine Beschreibung ein (zum Beispiel „zcw“).
step-2-self-li-3 = Klicken Sie auf <b>Create</b> (Erstellen; wählen Sie Ihre Organisation, falls Zoho danach fragt) und dann auf <b>DOWNLOAD</b> (Herunterladen): Dadurch wird <code>self_client.json</code> gespeichert.
step-2-self-li-4 = Zurück in dieser App, innerhalb dieser 10 Minuten: <b>Heruntergeladene self_client.json auswählen</b>.
label-self-scopes = Scopes
self-scopes-copy = Kopieren
label-self-name = Verbindungsname
self-choose-file = Heruntergeladene self_client.json auswählen…
self-paste-summary = Keine Datei? Fügen Sie den Code, die Client ID und das Client Secret ein, die die Console anzeigt
label-self-code = Code
label-self-client-id = Client ID
label-self-client-secret = Client Secret
self-paste-button = Anzeigen
    .aria-label = Client Secret anzeigen
self-import-values = Diese Werte verwenden
self-delete-file = Datei jetzt löschen
self-handover = Weiter: übergeben
self-finish = Zu den Verbindungen
self-back = Zurück

## Schritt 3

step-3-title = Client ID und Client Secret speichern
step-3-p = Kopieren Sie beide aus der Zoho API Console. Das Secret wird direkt <strong data-l10n-name="s3-store"></strong> gespeichert: Es wird nie im Klartext in eine Datei geschrieben, und dieses Fenster zeigt es nie wieder an.
s3-reconnect = Dieser Computer hat diese Verbindung nicht mehr, daher wird ihr Client Secret erneut benötigt. Die Client ID ist die aus der Anfrage und kann nicht geändert werden: Öffnen Sie in der Zoho API Console diesen Client und kopieren Sie sein Client Secret (oder generieren Sie es neu: Die Antwort enthält dann das neue).
s3-fingerprint-field-span = Die Person, die die Anfrage gesendet hat, hat mir diesen Fingerabdruck vorgelesen, und er stimmt überein: <strong data-l10n-name="s3-fingerprint"></strong>
label-client-id = Client ID
label-client-secret = Client Secret
step-3-button = Anzeigen
    .aria-label = Client Secret anzeigen
label-connection-name = Verbindungsname
hint-connection-name = So erscheint diese Verbindung in der Liste und in Ihrem Schlüsselbund. Nur Buchstaben, Ziffern, Leerzeichen, _, . und -.
store-error-p = Ihr Secret steht noch im Feld oben; es ist nichts verloren gegangen.
offer-file-store = Stattdessen die verschlüsselte Datei verwenden
s3-file-store-explain = Wählen Sie eine Passphrase für die verschlüsselte Datei (mindestens 8 Zeichen; einige Wörter, die nichts miteinander zu tun haben, eignen sich gut). Ohne sie lassen sich die Secrets in der Datei nicht lesen: Bewahren Sie sie sicher auf.
label-s3-new-passphrase = Passphrase
label-s3-new-passphrase-again = Passphrase wiederholen
s3-use-file-store = Verschlüsselte Datei verwenden und speichern
saved-why-sign-in = Melden Sie sich als Nächstes einmal von diesem Computer aus bei Zoho an, damit diese App die Verbindung nutzen und prüfen kann, ob der Client funktioniert.
saved-why-hand-over = Die Integration meldet sich selbst bei Zoho an: Übergeben Sie ihr als Nächstes die Client ID und das Client Secret. Eine zusätzliche Anmeldung von diesem Computer aus ist nicht nötig, und Zoho behält pro Person und Client nur 20 Anmeldungen.
saved-why-send = Senden Sie als Nächstes die Antwort an die Person, die angefragt hat.
saved-connect = Weiter: bei Zoho anmelden
saved-handover = Anmeldung überspringen: übergeben
saved-done = Später: zu den Verbindungen
saved-summary = Für Entwickler
saved-p = Skripte auf diesem Computer erhalten mit <code data-l10n-name="code0"></code> ein Access-Token, und <code>zcw show</code> listet die Verbindung auf.
back-3 = Zurück
save-secret = Sicher speichern

## Schritt 4

step-4-title = Für „<span data-l10n-name="s4-name"></span>“ bei Zoho anmelden
step-4-p = Sie melden sich in Ihrem Browser bei Zoho an und klicken auf <b>Accept</b> (Akzeptieren). Zoho schickt Ihren Browser dann zu dieser App zurück, und die Anmeldung wird <strong data-l10n-name="s4-store"></strong> gespeichert.
s4-reconnect = <strong>Diese Verbindung ist bereits angemeldet.</strong> Eine erneute Anmeldung ist kein Problem, aber Zoho behält pro Person und Client nur die 20 neuesten Anmeldungen und verwirft die älteste ohne Hinweis. Ein Computer oder Server, der noch eine sehr alte Anmeldung nutzt, funktioniert dann womöglich nicht mehr.
s4-scopes-field-legend = Was darf diese Verbindung in Zoho tun?
s4-scopes-hint = Setzen Sie ein Häkchen bei allem, was die Skripte brauchen, die diese Verbindung nutzen. Zoho zeigt bei der Anmeldung dieselbe Liste und bittet Sie, sie zu akzeptieren. Zohos eigener Name für jede Berechtigung steht klein daneben.
s4-scopes-field-span = Anzeigen, welches Zoho-Konto sich angemeldet hat
s4-advanced-summary = Erweitert
label-s4-extra = Weitere Berechtigungen (Zohos Scope-Namen, durch Kommas getrennt)
s4-advanced-label = <input data-l10n-name="s4-pkce"> Anmeldung mit PKCE schützen (nur ausschalten, wenn Zoho die Anmeldung für diesen Client ablehnt).
s4-waiting-strong = Warten, bis Sie sich in Ihrem Browser bei Zoho angemeldet haben…
s4-waiting-p = Sobald Sie dort auf <b>Accept</b> (Akzeptieren) klicken, geht es in diesem Fenster von selbst weiter.
s4-waiting-p-2 = Der Browser hat sich nicht geöffnet? Kopieren Sie die Anmeldeadresse in Ihren Browser: <span data-l10n-name="s4-url-copy"></span>
s4-show-causes = Passiert nichts?
s4-help-p = <strong>Passiert nichts, oder zeigt der Browser einen Fehler?</strong> Die möglichen Ursachen, die wahrscheinlichste zuerst:
s4-paste-explain = Die ganze Adresse aus der Adressleiste des Browsers, beginnend mit <code data-l10n-name="s4-redirect-2"></code>:
label-s4-pasted = Adresse, bei der der Browser gelandet ist
s4-use-pasted = Diese Adresse verwenden
s4-help-p-2 = Zu registrierende Redirect URI: <code data-l10n-name="s4-redirect-3"></code><span data-l10n-name="s4-redirect-copy"></span>
s4-help-summary = Details
s4-help-p-3 = Die Anmeldeadresse: <code data-l10n-name="s4-url"></code>
s4-cancel = Abbrechen
s4-confirm-p = <strong>Ein anderes Zoho-Konto hat sich angemeldet.</strong> Diese Verbindung war als <strong data-l10n-name="strong0"></strong> angemeldet; diesmal hat sich <strong data-l10n-name="strong1"></strong> angemeldet.
s4-confirm-p-2 = Wechseln bedeutet: Skripte, die diese Verbindung nutzen, handeln ab jetzt als das neue Konto. Behalten Sie das bisherige Konto, wird die neue Anmeldung bei Zoho widerrufen, und die Verbindung bleibt, wie sie war.
s4-keep = Wechseln zu <bdi data-l10n-name="s4-keep-account"></bdi>
s4-discard = <bdi data-l10n-name="s4-discard-account"></bdi> behalten
s4-done-summary = Für Entwickler
s4-done-p = Skripte auf diesem Computer erhalten mit <code data-l10n-name="code0"></code> ein frisches Access-Token.
s4-handover = Weiter: übergeben
s4-finish = Zu den Verbindungen
back-4 = Zurück
s4-connect = Bei Zoho anmelden

## Schritt 5

label-s5-clear = Kopiertes Secret aus der Zwischenablage löschen nach
s5-clear-option = 10 Sekunden
s5-clear-option-2 = 30 Sekunden
s5-clear-option-3 = 1 Minute
s5-clear-option-4 = 2 Minuten
s5-clear-option-5 = Nie (bis etwas anderes kopiert wird)
s5-clear-hint = Gelöscht wird nur, wenn das Secret dann noch in der Zwischenablage liegt, und auf jeden Fall, wenn Sie diese App beenden. Secrets werden so markiert, dass Zwischenablage-Manager sie nicht speichern.
back-5 = Zurück
s5-done = Fertig: zu den Verbindungen

## Schritt 5: Antwort senden

reply-title = Antwort senden
step-5-reply-dt = Angefragt von
step-5-reply-dt-2 = Fingerabdruck
step-5-reply-p = Speichern Sie die Antwort als Datei und hängen Sie sie an eine E-Mail an, oder kopieren Sie sie als Text in eine E-Mail. Sonst verlässt nichts diesen Computer.
save-reply = Antwort als Datei speichern…
copy-reply = Antwort als Text kopieren
reply-code-box-p = Antwortcode <strong data-l10n-name="reply-code"></strong>
reply-code-box-p-2 = Falls die Person, die angefragt hat, zur Kontrolle anruft, lesen Sie ihr diesen Code vor: Deren App zeigt denselben Code, wenn sie die Antwort importiert.
reply-after-legend = Und diese Verbindung auf Ihrem Computer?
reply-after-p = Behalten Sie sie, falls Sie sie später trennen oder ihr Secret ersetzen möchten. Wenn Sie sie entfernen, werden ihr Client Secret und ihre Anmeldung nur auf diesem Computer gelöscht: Die erstellte Antwort funktioniert weiter, und der Client bleibt in Zoho registriert.
reply-keep = Auf diesem Computer behalten
reply-remove = Von diesem Computer entfernen

# Wörter, die die Bildschirme unterwegs zusammensetzen

## Der Rahmen: die Schrittanzeige, das Sprachmenü, gemeinsame Wörter

dc-label = { $id } · { $region } ({ $domain })
details = Details
language-label = Sprache
check-updates = Nach Updates suchen
update-title = Updates
update-looking = Suche nach einer neuen Version…
update-newest = Sie haben die neueste Version, { $running }.
update-available = Version { $version } von Zoho Credential Wizard ist verfügbar. Sie haben { $running }.
update-notes-label = Neuerungen laut den Versionshinweisen:
update-no-notes = Zu dieser Version gibt es keine Hinweise.
install-update = Installieren und neu starten
dismiss-update = Nicht jetzt
update-installing = Das Update wird heruntergeladen und seine digitale Signatur geprüft… Sobald es installiert ist, startet die App neu.
# $manager: apt (ein .deb-Paket) oder dnf (ein .rpm-Paket).
update-package = { $manager ->
        [apt] Die App stammt aus einem .deb-Paket, daher installiert Ihre Paketverwaltung die neue Version. Geben Sie in einem Terminal ein:
       *[dnf] Die App stammt aus einem .rpm-Paket, daher installiert Ihre Paketverwaltung die neue Version. Geben Sie in einem Terminal ein:
    }
update-package-repository = Findet Ihre Paketverwaltung die neue Version nicht, fügen Sie einmalig das Repository der App hinzu (wie das geht, steht in der README), oder laden Sie das neue Paket von der Release-Seite des Projekts herunter.
auto-updates = Einmal täglich beim Start der App nach einer neuen Version suchen
close-updates = Schließen
language-system = Sprache des Computers
stepper-integration = Integration
stepper-register = In Zoho registrieren
stepper-code = Code von Zoho
stepper-secret = Client Secret
stepper-sign-in = Anmelden
stepper-hand-over = Übergeben
stepper-reply = Antwort senden
stepper-done = (erledigt)
# Die Liste der Werte in einer Fehlermeldung, wenn sie leer ist (etwa wenn keine Scopes erteilt wurden).
none-on-record = keine verzeichnet
removed-connection = „{ $name }“ und die zugehörigen Secrets wurden entfernt.
copy = Kopieren
# Die Beschriftung des Werts, den eine Kopieren-Schaltfläche kopiert, für Screenreader.
copy-label = { $label } kopieren
copied = ✓ Kopiert
# The copy keys off a Mac (on a Mac the app says ⌘C).
copy-keys = Strg+C
copy-by-hand = Markieren Sie den Text und drücken Sie { $keys }
copied-kept = Kopiert: { $label }. Der Wert bleibt in der Zwischenablage, bis etwas anderes kopiert wird.
copied-clears = Kopiert: { $label }. Die Zwischenablage wird in { $left } s geleert.
copied-cleared = { $label }: Zwischenablage geleert (falls der Wert noch darin war).
secret-kept-in = •••••••• gespeichert { $store }
snippet-code = Code für { $edition }

## Diesen Computer prüfen

check-fine = { $check }: in Ordnung
check-attention = { $check }: Handlungsbedarf
check-fix = Was zu tun ist: { $fix }
checking = Wird geprüft… (höchstens zehn Sekunden)
checks-attention = { $problems ->
        [one] { $problems } Punkt braucht Ihre Aufmerksamkeit.
       *[other] { $problems } Punkte brauchen Ihre Aufmerksamkeit.
    }
checks-fine = Alles, was diese App braucht, ist vorhanden.

## Die E-Mail zu einer Anfrage (reiner Text: die Zeilenumbrüche bleiben)

email-new =
    Guten Tag,

    { $from } bittet Sie, im Zoho-Konto Ihres Unternehmens einen Zoho-API-Client für „{ $name }“ zu registrieren. Das kann nur ein Zoho-Admin; es dauert etwa fünf Minuten, und weder ein Passwort noch ein Secret wird per E-Mail verschickt.

    1. Installieren Sie Zoho Credential Wizard (kostenlos): { $downloads }
    2. Öffnen Sie damit die angehängte Datei { $file }. Kein Anhang? Klicken Sie in der App auf „Erhaltene Anfrage öffnen“ und fügen Sie den Link am Ende dieser E-Mail ein.
    3. Wir rufen Sie unter einer Nummer an, die Sie bereits kennen, und lesen Ihnen den Fingerabdruck der Anfrage vor. Fahren Sie nur fort, wenn er mit dem übereinstimmt, den die App anzeigt. Weicht er ab, brechen Sie ab: Die Anfrage wurde unterwegs verändert.
    4. Folgen Sie den Schritten der App. Am Ende erstellt sie eine Antwort: Antworten Sie auf diese E-Mail und hängen Sie die Antwort an.

    Die Anfrage läuft am { $expires } ab.

    Der Link zur Anfrage (für Schritt 2, nur wenn der Anhang fehlt):
    { $link }
email-reconnect =
    Guten Tag,

    { $from } bittet Sie, sich für die Verbindung „{ $name }“ erneut bei Zoho anzumelden, damit sie weiter funktioniert. Es wird nichts Neues angelegt, und weder ein Passwort noch ein Secret wird per E-Mail verschickt.

    1. Installieren Sie Zoho Credential Wizard (kostenlos): { $downloads }
    2. Öffnen Sie damit die angehängte Datei { $file }. Kein Anhang? Klicken Sie in der App auf „Erhaltene Anfrage öffnen“ und fügen Sie den Link am Ende dieser E-Mail ein.
    3. Wir rufen Sie unter einer Nummer an, die Sie bereits kennen, und lesen Ihnen den Fingerabdruck der Anfrage vor. Fahren Sie nur fort, wenn er mit dem übereinstimmt, den die App anzeigt. Weicht er ab, brechen Sie ab: Die Anfrage wurde unterwegs verändert.
    4. Folgen Sie den Schritten der App. Am Ende erstellt sie eine Antwort: Antworten Sie auf diese E-Mail und hängen Sie die Antwort an.

    Die Anfrage läuft am { $expires } ab.

    Der Link zur Anfrage (für Schritt 2, nur wenn der Anhang fehlt):
    { $link }

## Berechtigungen in Klartext (Schritt 4); Zohos Scope-Name steht jeweils daneben

scope-crm-modules = Datensätze lesen und ändern (Leads, Kontakte, Deals…)
scope-crm-settings = Einstellungen lesen und ändern (Felder, Layouts)
scope-crm-users = Benutzer lesen und verwalten
scope-crm-org = Angaben zur Organisation lesen und ändern
scope-crm-coql = Datensätze mit Abfragen durchsuchen (COQL)
scope-books = Alles in Books
scope-inventory = Alles in Inventory
scope-desk-tickets = Tickets lesen und ändern
scope-desk-basic = Abteilungen und Agenten lesen
scope-analytics = Daten lesen und ändern
scope-creator-reports = Berichte lesen
scope-creator-forms = Datensätze über Formulare hinzufügen

## Gemeinsame Schaltflächen und die Feldnamen der Zoho API Console (Zohos Beschriftung bleibt, wie die Console sie zeigt)

show = Anzeigen
hide = Ausblenden
console-opened = { $url } wurde in Ihrem Browser geöffnet.
console-opened-copy = { $url } wurde in Ihrem Browser geöffnet. Nichts geöffnet? Kopieren Sie die Adresse in Ihren Browser:
console-address = Adresse der Console
zoho-client-type = Client Type (Client-Typ)
zoho-client-name = Client Name (Client-Name)
zoho-homepage = Homepage URL (Adresse Ihrer Website)
zoho-redirect-uri = Authorized Redirect URI (erlaubte Redirect URI)
zoho-redirect-uri-numbered = Authorized Redirect URI { $number } (erlaubte Redirect URI)

## Der Self Client

self-saved = „{ $name }“ gespeichert · { $dc } · Secret und Tokens { $store } · ••••{ $last4 }
self-file-warning = Achtung: Die heruntergeladene Datei { $file } enthält das Client Secret noch im Klartext, lesbar für jeden, der Zugriff auf diesen Computer hat. Löschen Sie sie jetzt, außer Sie brauchen sie noch anderswo.
self-no-file = Es wurde nichts in einer Datei gespeichert. Falls die Console auch eine self_client.json heruntergeladen hat, löschen Sie diese: Sie enthält das Secret im Klartext.
self-file-deleted = { $path } wurde gelöscht.
copy-scopes-by-hand = Markieren Sie die Scopes und drücken Sie { $keys }

## Der Testaufruf nach einer Anmeldung oder einem Import

test-call-running = Die Verbindung wird mit einem Aufruf bei Zoho getestet…
test-call-reached = Getestet: verbunden mit { $reached }.
test-call-tokens = Getestet: Zoho gibt ihr funktionierende Tokens (ihre Berechtigungen erlauben keinen Testaufruf).
test-call-failed = Der Testaufruf hat nicht funktioniert: { $problem }

## Wo Secrets aufbewahrt werden, und die Integrationen

# Als Ortsangabe mit Präposition, damit sie in jeden Satz passt: „Gespeichert { $store }“, „werden { $store } gelöscht“.
store-in-keychain = im Schlüsselbund dieses Computers
store-in-encrypted-file = in der verschlüsselten Datei
store-in-vault = im Team-Speicher (OpenBao/Vault)
store-label-keychain = Schlüsselbund
store-label-encrypted-file = Verschlüsselte Datei
store-label-vault = Team-Speicher
template-catalyst = Catalyst-App
template-hotglue = hotglue / Optiply
template-custom = Eigene
template-self-client = Self Client

## Der Bildschirm „Verbindungen“

verdict-working = Funktioniert
verdict-unreachable = Nicht geprüft: Zoho war nicht erreichbar
verdict-rate_limited = Nicht geprüft: Zoho bittet zu warten (Aufruflimit)
verdict-failed = Prüfung fehlgeschlagen
verdict-scope_missing = Eine Berechtigung fehlt
verdict-needs_sign_in = Braucht eine neue Anmeldung
verdict-client_rejected = Zoho akzeptiert ihr Secret nicht mehr
action-sign-in-again = Erneut anmelden
action-ask-customer = Kunden um erneute Anmeldung bitten
action-replace-secret = Secret ersetzen
# Die Beschriftung einer Schaltfläche für Screenreader: die Aktion, dann die Verbindung, für die sie gilt.
action-for = { $action }: { $name }
status-connected-renews = Verbunden · erneuert sich automatisch
status-connected = Verbunden
status-secret-saved = Secret gespeichert
open-connection = { $name } öffnen
store-now-keychain = Neue Secrets werden jetzt im Schlüsselbund dieses Computers gespeichert.
store-now-encrypted-file = Neue Secrets werden jetzt in der verschlüsselten Datei gespeichert.
store-now-team = Verbunden mit dem Team-Speicher unter { $address } (Zugang: { $token }); er enthält { $count ->
        [one] 1 Verbindung
       *[other] { $count } Verbindungen
    }. Neue Verbindungen und ihre Secrets werden jetzt dort gespeichert.
token-entered = das von Ihnen eingegebene Token
token-variable = das Token aus der Variable { $name }
token-token-file = das Token aus der Datei { $path }
token-app-role = eine Anmeldung mit AppRole
damaged-question = Den Datensatz „{ $name }“ samt Client Secret und Tokens aus dem Team-Speicher löschen, für alle Computer, die den Team-Speicher nutzen? Sonst ändert sich nichts; fügen Sie die Verbindung danach erneut hinzu.
damaged-delete = Beschädigten Datensatz löschen
damaged-offer = Beschädigten Datensatz löschen…
cancel = Abbrechen
try-again = Erneut versuchen

## Schritt 1 und Schritt 3

still-needed = Noch erforderlich: { $fields }.
# Zwischen den Namen der Felder, die noch fehlen.
list-separator = {", "}
correct-fields = Korrigieren Sie die rot markierten Felder, um fortzufahren.
org-id-taken = ✓ Org-ID { $org } aus der Adresse übernommen.
field-dc = Rechenzentrum
field-template = Integration
field-client-name = Client-Name
field-loopback-port = Port dieser App
field-catalyst-project = Projektname
field-catalyst-org = Org-ID
field-catalyst-environment = Umgebung
field-catalyst-function = Funktionsname
field-catalyst-serve-port = Lokaler Port für catalyst serve
field-hotglue-homepage = Homepage URL
field-custom-homepage = Homepage URL
field-custom-redirect-uris = Redirect URIs
field-connection-name = Verbindungsname
field-client-id = Client ID
field-client-secret = Client Secret
field-passphrase = Passphrase
field-pasted-address = Eingefügte Adresse
field-team-address = Adresse des Team-Speichers
field-team-mount = KV-Mount
field-team-prefix = Präfix
field-team-role-id = Role ID der AppRole
field-request-from = Wer fragt an
field-request-expires = Gültigkeit
next-sign-in-to-zoho = Weiter: bei Zoho anmelden
also-sign-in-here = Auch von diesem Computer aus anmelden
skip-to-hand-over = Anmeldung überspringen: übergeben
next-hand-over = Weiter: übergeben
next-send-reply = Weiter: Antwort senden
skip-to-send-reply = Anmeldung überspringen: Antwort senden
saving = Wird gespeichert…
saved-in = Gespeichert { $store } · ••••{ $last4 }
saved-placeholder = ✓ Gespeichert

## Schritt 4: die Anmeldung

choose-a-permission = Wählen Sie mindestens eine Berechtigung, damit die Verbindung etwas tun darf.
# Der Countdown, während die App auf die Anmeldung wartet: { $time } ist Minuten:Sekunden.
time-left = Noch { $time }
redirect-uri = Redirect URI
sign-in-address = Anmeldeadresse
copy-sign-in-address = Anmeldeadresse kopieren
browser-did-not-open = Der Browser hat sich nicht geöffnet ({ $reason }).
pkce-off = PKCE ist nur für diese Anmeldung ausgeschaltet. Lassen Sie es eingeschaltet, außer Zoho lehnt die Anmeldung damit ab.

## Die Details einer Verbindung

disconnect-question = „{ $name }“ trennen? Ihre Anmeldung wird bei Zoho widerrufen und hier gelöscht, sodass kein Skript und kein Server, der diese Verbindung nutzt, mehr funktioniert. Das Client Secret bleibt, sodass Sie sich später erneut anmelden können.
remove-question = „{ $name }“ entfernen? Ihr Client Secret und ihre Tokens werden { $store } gelöscht, und die Verbindung verschwindet aus dieser Liste. Der Client bleibt in Zoho registriert: Löschen Sie ihn in der API Console, wenn Sie ihn nicht mehr brauchen.
remove-question-signed-in = „{ $name }“ entfernen? Zuerst wird ihre Anmeldung bei Zoho widerrufen, dann werden ihr Client Secret und ihre Tokens { $store } gelöscht, und die Verbindung verschwindet aus dieser Liste. Der Client bleibt in Zoho registriert: Löschen Sie ihn in der API Console, wenn Sie ihn nicht mehr brauchen.
new-secret-saved = ✓ Neues Secret gespeichert { $store } · ••••{ $last4 }
renamed = ✓ Umbenannt in { $name }.
sign-in-to-zoho = Bei Zoho anmelden
fact-dc = Rechenzentrum
fact-client-id = Client ID
fact-integration = Integration
fact-secret-in = Secret gespeichert in
fact-signed-in-as = Angemeldet als
no-profile-scope = (Scope für das Profil nicht erteilt)
fact-api-domain = API-Domain
fact-access-until = Access-Token gültig bis
fact-created = Erstellt
fact-updated = Aktualisiert

## Zusammenarbeit mit einem Kunden: Anfragen und Antworten

cancel-request = Anfrage { $name } zurückziehen
request-form-title = Was soll Ihr Kunde in Zoho registrieren?
reconnect-request-made = Ihre Anfrage zur erneuten Anmeldung ist bereit zum Senden
email-text = E-Mail-Text
copy-email-text = E-Mail-Text kopieren
default-scopes = die Standardberechtigungen
reply-holds = Die Antwort enthält Client ID und Client Secret dieser Verbindung, so verschlüsselt, dass nur der Schlüssel aus dieser Anfrage sie öffnen kann.
reply-holds-sign-in = Die Antwort enthält Client ID, Client Secret und Anmeldung dieser Verbindung, so verschlüsselt, dass nur der Schlüssel aus dieser Anfrage sie öffnen kann.
reply-saved = ✓ Gespeichert unter { $path }. Antworten Sie auf die E-Mail, mit der die Anfrage kam, und hängen Sie die Datei an.
reply-copied = ✓ Kopiert. Antworten Sie auf die E-Mail, mit der die Anfrage kam, und fügen Sie den Text dort ein.
fingerprint-unknown = unbekannt (die Anfrage wurde mit einer älteren Version geöffnet)
replaces-sign-in-of = ihre neue Anmeldung ersetzt die hier gespeicherte Anmeldung von { $account }
replaces-sign-in = ihre neue Anmeldung ersetzt die hier gespeicherte
account-confirmed = (von Zoho mit der Anmeldung aus der Antwort bestätigt)
account-as-reply-says = (laut Antwort: Zoho konnte es nicht bestätigen, vergleichen Sie es also mit den Angaben Ihres Kunden)
account-not-known = unbekannt
account-none = keines
account-no-profile = (die Anmeldung enthielt den Scope für das Profil nicht)
account-no-sign-in = (die Antwort enthält keine Anmeldung, nur den Client)
confirm-account-and-client = Das sind Zoho-Konto und Client meines Kunden
confirm-client = Das ist der Zoho-Client meines Kunden
reply-late = Diese Antwort kam erst nach Ablauf ihrer Anfrage an ({ $late }). Jeder, der die Anfrage gesehen hat, hätte sie beantworten können: Importieren Sie sie nur, wenn Sie diese Antwort von Ihrem Kunden erwartet haben.
earlier-revoked = Die frühere Anmeldung wurde bei Zoho widerrufen.
earlier-gone = Die frühere Anmeldung funktionierte bei Zoho bereits nicht mehr.
earlier-not-revoked = Die frühere Anmeldung konnte jetzt nicht widerrufen werden (Zoho war nicht erreichbar): Der Admin Ihres Kunden kann sie in seinem Zoho-Konto unter „Connected Apps“ (Verbundene Apps) entfernen.
reconnected = „{ $name }“ erneut angemeldet: Die neue Anmeldung hat die frühere ersetzt.
secret-regenerated = Das Client Secret wurde neu generiert: Das neue hat das alte { $store } ersetzt · ••••{ $last4 }.
imported = „{ $name }“ importiert · { $dc } · Secret gespeichert { $store } · ••••{ $last4 }
request-saved = ✓ Gespeichert unter { $path }.
link-copied = ✓ Link kopiert. Fügen Sie ihn in Ihre E-Mail ein.
removed-here = „{ $name }“ wurde von diesem Computer entfernt.

## Warum eine Anmeldung womöglich nicht zurückkommt (die Warteanzeige in Schritt 4)

cause-redirect-uri = Die in der Zoho API Console registrierte Redirect URI ist nicht genau { $uri } (gleicher Port, kein Schrägstrich am Ende, localhost statt 127.0.0.1). Zoho zeigt dann im Browser „Invalid Redirect Uri“, statt zurückzukehren. Fügen Sie die Redirect URI in der Console beim Client hinzu.
cause-other-data-centre = Der Client ist in der Console eines anderen Rechenzentrums registriert als { $console }. Prüfen Sie, ob die verwendete Console zum gewählten Rechenzentrum passt.
cause-other-computer = Der Browser läuft auf einem anderen Computer oder kann diesen nicht erreichen. Kopieren Sie die Adresse, bei der der Browser nach „Accept“ (Akzeptieren) gelandet ist, und fügen Sie sie hier ein.
cause-start-again = Starten Sie die Anmeldung erneut und schließen Sie sie im Browser ab.
connected-summary = Verbunden als { $account } · { $dc } · { $scopes }
your-zoho-account = Ihr Zoho-Konto
dc-changed = Die Rückmeldung von Zoho kam aus dem Rechenzentrum { $to }, nicht aus { $from }; die Verbindung verwendet jetzt { $to }.

## Hinweise und Warnungen neben einem Ergebnis

note-client-id-shape = Das sieht nicht nach einer Client ID von Zoho aus (meist 1000., gefolgt von 30 Großbuchstaben und Ziffern). Prüfen Sie, ob Sie die ganze Client ID kopiert haben.
note-client-secret-shape = Das sieht nicht nach einem Client Secret von Zoho aus (meist 42 Kleinbuchstaben und Ziffern). Prüfen Sie, ob Sie es vollständig kopiert haben.
note-console-unconfirmed = Zoho hat die Adresse { $console } der Console für { $dc } nicht bestätigt. Wenn sie sich nicht öffnet, melden Sie sich unter { $accounts } an und wählen Sie dort „API Console“.
note-catalyst-host-assumed = Zoho dokumentiert den Catalyst-Host für das Rechenzentrum { $dc } nicht, daher wird { $host } angenommen. Vergleichen Sie die App-Domain mit der URL Ihrer App in der Catalyst-Console.
note-production-unconfirmed = Die App-Domain für Production (.production.) ist von Zoho nicht bestätigt. Vergleichen Sie sie mit der URL Ihrer App in der Catalyst-Console.

## Schritt 5: die Übergabe (die Namen der Werte, dann die Wege jeder Integration)

value-client-id = Client ID
value-client-secret = Client Secret
value-accounts-server = Accounts-Server
value-api-domain = API-Domain
value-refresh-token = Refresh-Token
handover-hotglue-title = Zoho in Optiply hinzufügen
handover-hotglue-intro = Optiply (über hotglue) meldet sich selbst bei Zoho an: Es braucht die Client ID und das Client Secret, nicht die Tokens dieser App.
handover-way-optiply = Im Dashboard von Optiply
handover-step-optiply-add = Öffnen Sie „Settings > Integrations“ (Einstellungen > Integrationen) und fügen Sie Zoho als Datenquelle hinzu.
handover-step-optiply-paste = Kopieren Sie die Client ID und das Client Secret mit den Kopieren-Schaltflächen hier und fügen Sie sie dort ein.
handover-step-optiply-consent = Optiply öffnet dann selbst die Zustimmungsseite von Zoho: Klicken Sie dort auf „Accept“ (Akzeptieren). Zoho leitet danach zur Redirect URI von hotglue weiter, { $hotglue }, die Sie in Schritt 2 registriert haben.
handover-catalyst-title = Zugangsdaten an Ihre Catalyst-Funktion übergeben
handover-catalyst-intro = Die Funktion { $function } tauscht die Codes von Zoho gegen Tokens ein: Sie braucht die Client ID und das Client Secret. Die App bewahrt das Refresh-Token jedes Benutzers in einer eigenen Data-Store-Tabelle auf.
handover-way-environment = Sicherer: als Umgebungsvariablen der Funktion
handover-step-environment-open = Öffnen Sie in der Catalyst-Console „Serverless > Functions > { $function } > Configuration > Environment variables“.
handover-step-environment-add = Fügen Sie { $idVar } mit der Client ID und { $secretVar } mit dem Client Secret hinzu (für Development und, sobald Sie deployen, auch für Production).
handover-step-environment-replace = Ersetzen Sie die Konstanten im Code durch diese beiden Zeilen.
handover-way-constants = Als Konstanten im Code der Funktion (so wie im LeadManager-Tutorial)
handover-step-constants-node = Node.js-Ausgabe: Setzen Sie in functions/{ $function }/index.js CLIENTID auf die Client ID und CLIENT_SECRET auf das Client Secret.
handover-step-constants-python = Python-Ausgabe: Setzen Sie in functions/{ $function }/main.py CLIENT_ID und CLIENT_SECRET.
handover-step-constants-client = Der Frontend-Code (client/main.js) braucht nur die Client ID.
handover-warning-never-commit = Committen Sie ein Client Secret, das im Code einer Funktion steht, niemals in ein öffentliches Repository: Wer es liest, kann als Ihr Client auftreten. Ist das passiert, generieren Sie das Secret in der Zoho API Console neu.
handover-custom-title = Die Verbindung aus eigenen Skripten nutzen
handover-custom-intro = Lassen Sie zcw Ihrem Programm beim Start ein frisches Access-Token geben, statt Secrets in seine Konfiguration zu kopieren.
handover-way-command-line = Über die Kommandozeile
handover-step-zcw-exec = zcw exec { $name } -- ./your-script führt Ihr Skript aus, mit { $idVar }, { $tokenVar } (mindestens 5 Minuten gültig), { $apiVar }, { $accountsVar } und { $dcVar } nur in seiner eigenen Umgebung.
handover-step-zcw-token = zcw token { $name } gibt ein gültiges Access-Token aus, für jeweils einen Aufruf.
handover-step-zcw-export = zcw export { $name } --format dotenv gibt dieselben Werte für Werkzeuge aus, die sie einlesen; Secrets nur auf ausdrücklichen Wunsch.

## Diesen Computer prüfen: der Name jeder Prüfung, ihr Ergebnis und was zu tun ist

doctor-check = Prüfung
doctor-stopped = Die Prüfung wurde abgebrochen, bevor sie fertig war.
doctor-run-again = Starten Sie die Prüfung erneut.
doctor-keychain = Schlüsselbund
doctor-keychain-ok = Der Schlüsselbund dieses Computers reagiert und ist entsperrt.
doctor-keychain-lost-entry = Der Schlüsselbund dieses Computers hat einen Testeintrag angenommen, ihn aber nicht wieder herausgegeben.
doctor-keychain-unavailable = Der Schlüsselbund dieses Computers ist nicht verfügbar ({ $reason }).
doctor-keychain-locked = Der Schlüsselbund dieses Computers ist gesperrt oder hat den Zugriff verweigert ({ $reason }).
doctor-keychain-timeout = Der Schlüsselbund dieses Computers hat nicht innerhalb von { $seconds } Sekunden reagiert.
doctor-keychain-failed = { $reason }
doctor-keychain-restart = { $platform ->
        [windows] Starten Sie die Windows-Anmeldeinformationsverwaltung neu, oder verwenden Sie die verschlüsselte Datei.
        [macos] Starten Sie den Schlüsselbund Ihres Benutzerkontos (Schlüsselbundverwaltung) neu, oder verwenden Sie die verschlüsselte Datei.
       *[other] Starten Sie Ihren Schlüsselbund-Dienst (GNOME Keyring oder KWallet) neu, oder verwenden Sie die verschlüsselte Datei.
    }
doctor-keychain-install = { $platform ->
        [windows] Starten Sie die Windows-Anmeldeinformationsverwaltung, oder verwenden Sie die verschlüsselte Datei.
        [macos] Starten Sie den Schlüsselbund Ihres Benutzerkontos (Schlüsselbundverwaltung), oder verwenden Sie die verschlüsselte Datei.
       *[other] Installieren und starten Sie einen Schlüsselbund-Dienst (GNOME Keyring oder KWallet), oder verwenden Sie die verschlüsselte Datei.
    }
doctor-keychain-unlock = { $platform ->
        [windows] Entsperren Sie die Windows-Anmeldeinformationsverwaltung (das geschieht meist, sobald Sie sich bei Windows anmelden), und prüfen Sie dann erneut.
        [macos] Entsperren Sie den Schlüsselbund Ihres Benutzerkontos in der Schlüsselbundverwaltung (das geschieht meist, sobald Sie sich an Ihrem Mac anmelden), und prüfen Sie dann erneut.
       *[other] Entsperren Sie Ihren Schlüsselbund-Dienst (GNOME Keyring oder KWallet; das geschieht meist, sobald Sie sich an Ihrer Desktop-Sitzung anmelden), und prüfen Sie dann erneut.
    }
doctor-keychain-waiting = Vielleicht wartet er in einem Dialogfenster auf sein Passwort: Entsperren Sie ihn und prüfen Sie dann erneut.
doctor-ports = Port für die Anmeldung
doctor-ports-free = Port { $ports } auf localhost ist für die Anmeldung frei.
doctor-ports-busy = Belegt: { $ports }.
doctor-ports-fix = Schließen Sie dieses Programm, bevor Sie sich anmelden, oder geben Sie der Verbindung einen anderen Port und registrieren Sie dafür http://localhost:PORT/callback in der Zoho API Console.
doctor-browser = Browser
doctor-browser-set = $BROWSER verweist auf { $program }; das Programm ist vorhanden.
doctor-browser-missing = $BROWSER verweist auf { $program }, doch dieses Programm wurde nicht gefunden.
doctor-browser-fix = Setzen Sie BROWSER auf einen Browser, der auf diesem Computer installiert ist, oder entfernen Sie die Variable, um den Standardbrowser des Desktops zu verwenden.
doctor-browser-no-xdg-open = xdg-open, das den Browser des Desktops öffnet, ist nicht installiert.
doctor-browser-install = Installieren Sie xdg-utils, oder setzen Sie BROWSER auf Ihren Browser. Sie können die Anmeldeadresse auch von Hand kopieren.
doctor-browser-default = Der Standardbrowser des Desktops öffnet Adressen.
doctor-updates = Updates
doctor-updates-available = Version { $newest } ist verfügbar; dies ist Version { $running }.
doctor-updates-fix = Aktualisieren Sie die App: mit der Paketverwaltung, über die sie installiert wurde (sudo apt update && sudo apt upgrade oder sudo dnf upgrade), oder in der App mit „Nach Updates suchen“.
doctor-updates-off = Dies ist Version { $running }. Die App sucht nicht von selbst nach neuen Versionen (in der App ausgeschaltet).
doctor-updates-current = Dies ist Version { $running }, die neueste, die die App bei ihrer letzten Suche gefunden hat.
doctor-updates-not-yet = Dies ist Version { $running }. Die App hat noch nicht nach einer neueren gesucht.
doctor-folder = Ordner für die Einstellungen
doctor-folder-private = { $path } ist nur für Sie zugänglich.
doctor-folder-other-owner = { $path } gehört einem anderen Benutzer.
doctor-folder-open = { $path } ist auch für andere Benutzer zugänglich (Modus { $mode }).
doctor-folder-files-open = Andere Benutzer haben Zugriff auf { $files } in { $path }.
doctor-folder-narrowed = Die App beschränkt den Zugriff beim nächsten Speichern auf Sie; oder setzen Sie ZCW_CONFIG_DIR auf einen eigenen Ordner.
doctor-folder-unreadable = { $reason }
doctor-folder-own = Setzen Sie ZCW_CONFIG_DIR auf einen eigenen Ordner.
doctor-server = Zoho { $dc } ({ $host })
doctor-server-override = Accounts-Server { $host }
doctor-server-fix = Prüfen Sie den Internetzugang, einen etwaigen Proxy oder eine Firewall.
doctor-server-silent = Keine Rückmeldung innerhalb von { $seconds } Sekunden.
doctor-server-unreachable = Nicht erreichbar: { $reason }.
doctor-clock-off = Erreichbar, aber die Uhr dieses Computers weicht um { $offset } s von der Uhr bei Zoho ab.
doctor-clock-fix = Stellen Sie die Uhr richtig (schalten Sie die automatische Zeiteinstellung ein): Codes und Tokens von Zoho funktionieren nicht, wenn die Uhr um Minuten abweicht.
doctor-clock-agrees = Erreichbar; die Uhr stimmt überein (Abweichung: { $offset } s).
doctor-reachable = Erreichbar.

## An Kunden gesendete Anfragen, wie der Bildschirm „Verbindungen“ sie auflistet

request-waiting = Wartet auf die Antwort · läuft { $expires } ab
request-expired = Abgelaufen { $expires }, keine Antwort importiert
request-answered = Beantwortet { $when }
disconnected-revoked = Zoho hat die Anmeldung von „{ $name }“ widerrufen (ihr Refresh-Token und die daraus erzeugten Access-Tokens).
disconnected-alreadyRevoked = Zoho hatte die Anmeldung von „{ $name }“ bereits aufgehoben.
disconnected-localOnly = Die Tokens von „{ $name }“ wurden nur hier gelöscht: Zoho akzeptiert sie womöglich noch. Widerrufen Sie die Anmeldung selbst in Ihrem Zoho-Konto unter „Connected Apps“ (Verbundene Apps).
disconnected-notSignedIn = „{ $name }“ hatte keine Anmeldung, die zu widerrufen war.

## Die Funktionsnamen des Catalyst-Tutorials, nach Ausgabe (Schritt 1)

edition-crm_crud = Node.js- und Java-Ausgabe
edition-lead_manager_function = Python-Ausgabe

# Fehler: jeweils, was passiert ist, dann was zu tun ist


## reached

reached-crm-org = CRM-Organisation { $org }
reached-crm-user = CRM-Benutzer { $email }
reached-crm-leads = CRM-Modul Leads
reached-crm-no-leads = CRM-Modul Leads (noch keine Leads)
reached-zoho-account = Zoho-Konto { $email }


## Was an einem Wert nicht stimmt, den ein Fehler nennt: Jede Nachricht vervollständigt den Satz ihres Fehlers.
## Nach „Die Adresse „…“ des Team-Speichers wird nicht angenommen:“ oder „ZCW_… ist auf „…“ gesetzt, doch diese Adresse wird nicht angenommen:“ („sie“ ist die Adresse):
flaw-address-empty = sie ist leer; geben Sie die Adresse des Servers an, zum Beispiel https://vault.example.com:8200
flaw-address-not-web = sie ist keine Webadresse
flaw-address-has-path = sie enthält einen Pfad; geben Sie nur die Adresse des Servers an
flaw-address-unencrypted = Secrets würden darüber unverschlüsselt an einen anderen Computer übermittelt; verwenden Sie https://
flaw-address-other-scheme = sie ist weder eine https://-Adresse noch eine http://-Adresse auf diesem Computer
flaw-address-has-credentials = sie enthält einen Benutzernamen oder ein Passwort
## Nach „Die App zeigt den Namen des Absenders dieser Anfrage nicht an:“ („er“ ist der Name):
flaw-sender-empty = er ist leer
flaw-sender-spaced = er hat Leerzeichen am Anfang oder am Ende oder doppelte Leerzeichen
flaw-sender-too-long = er ist länger als { $max } Zeichen
flaw-sender-like-code = er enthält einen Code in der Form eines Fingerabdrucks
flaw-sender-hidden-characters = er enthält Zeichen, die verbergen oder umordnen könnten, was auf dem Bildschirm steht (Steuer- oder Formatierungszeichen), oder andere Symbole
## In der Klammer von „Die eingefügte Adresse ist nicht die Rückmeldung von Zoho … (…)“ („sie“ ist die eingefügte Adresse):
flaw-pasted-not-web = sie ist keine Webadresse
flaw-pasted-no-redirect-uri = diese Verbindung hat keine gültige Redirect URI
flaw-pasted-elsewhere = sie verweist auf eine andere Adresse
flaw-pasted-other-attempt = sie gehört zu einem anderen Anmeldeversuch
flaw-pasted-repeated = ihr Parameter { $part } kommt mehr als einmal vor
flaw-pasted-no-code = sie enthält keinen Code
## Nach „Die Antwort für „…“ enthält einen Wert, der nicht verwendet werden kann:“ oder „Der Datensatz … im Team-Speicher ist beschädigt:“ (ohne „sie“/„er“: Antwort und Datensatz haben verschiedene Geschlechter):
flaw-other-connection = darin wird eine andere Verbindung genannt als „{ $name }“
flaw-name-not-allowed = der Verbindungsname ist nicht zulässig
flaw-client-id-unusable = die Client ID ist keine gültige Client ID von Zoho
flaw-client-secret-unusable = das Client Secret ist kein gültiges Client Secret von Zoho
flaw-other-client = der Client darin ist ein anderer als der, den die Verbindung verwendet
flaw-unknown-data-centre = das angegebene Rechenzentrum gibt es bei Zoho nicht
flaw-other-data-centre = der Client ist im Rechenzentrum { $dc } registriert, die Anfrage verlangte aber { $asked }
flaw-registration-invalid = die Registrierung, die die Anfrage vorsieht, ist im Rechenzentrum der Antwort nicht gültig ({ $field ->
        [none] einer ihrer Werte
       *[other] Feld „{ $field }“
    })
flaw-no-sign-in = die Anmeldung fehlt, obwohl die Anfrage darum gebeten hat
flaw-untrusted-accounts-server = der Accounts-Server ist kein vertrauenswürdiger Accounts-Server von Zoho
flaw-accounts-server-elsewhere = der Accounts-Server gehört zum Rechenzentrum { $other }, nicht zu { $dc }
flaw-api-domain-elsewhere = die API-Domain ist nicht die des Rechenzentrums { $dc } ({ $expected })
flaw-scopes-not-zohos = die Scopes sind keine Scope-Namen von Zoho
flaw-account-not-address = das Konto der Anmeldung ist keine E-Mail-Adresse
flaw-connection-gone = die Verbindung, für die sich der Kunde erneut anmelden sollte, gibt es hier nicht mehr
flaw-client-changed = die Verbindung hier verwendet inzwischen einen anderen Client
flaw-data-centre-changed = die Verbindung hier ist seit der Anfrage in ein anderes Rechenzentrum gewechselt
flaw-signed-in-since = für die Verbindung hat sich hier nach dem Erstellen der Anfrage bereits jemand erneut angemeldet
flaw-account-unnamed = Zoho gibt nicht an, zu welchem Konto die Anmeldung gehört, obwohl die Anfrage danach gefragt hat
flaw-account-not-zohos = das genannte Konto stimmt nicht mit dem Konto überein, das laut Zoho angemeldet ist ({ $zoho })
flaw-other-account = die Anmeldung erfolgte mit einem anderen Zoho-Konto als bisher bei dieser Verbindung ({ $earlier })
flaw-account-unknown = Zoho gibt nicht an, welches Konto sich angemeldet hat, und bisher war die Verbindung mit { $earlier } angemeldet
flaw-kept-under-another = darin wird eine andere Verbindung genannt als die, unter der der Datensatz gespeichert ist („{ $key }“)
flaw-port-unusable = der Port für die Anmeldung ist nicht verwendbar
flaw-redirect-uri-unusable = eine Redirect URI ist nicht verwendbar
flaw-homepage-unusable = die Homepage URL ist nicht verwendbar
flaw-client-name-not-allowed = der Client-Name ist nicht zulässig
flaw-signed-in-at-unknown = das Rechenzentrum der Anmeldung gibt es bei Zoho nicht
flaw-request-unusable = die Anfrage, aus der die Verbindung stammt, ist nicht verwendbar

## Was die App für Sie erledigt hat, über der Liste der Verbindungen
notice-cached-token-replaced = Das zwischengespeicherte Access-Token von „{ $name }“ kann nicht von Zoho stammen (Ablaufzeit, Erneuerungszeitpunkt oder API-Domain waren falsch) und wurde daher durch ein neues ersetzt.
notice-token-not-kept = Das neue Access-Token von „{ $name }“ konnte nicht für den nächsten Aufruf aufbewahrt werden. Es wurde nur dieses eine Mal verwendet; prüfen Sie, wo die Secrets dieser Verbindung aufbewahrt werden.
notice-request-removed = Die Anfrage „{ $name }“ ist { $when } ohne Antwort abgelaufen. Sie wurde samt ihrem Schlüssel entfernt, daher lässt sich keine Antwort darauf mehr öffnen. Erstellen Sie eine neue Anfrage, falls Sie noch eine brauchen.

## why

why-never-connected = sie wurde noch nie verbunden
why-refresh-token-missing = ihr Refresh Token fehlt
why-refresh-token-refused = Zoho akzeptiert ihren Refresh Token nicht mehr (widerrufen oder durch neuere Anmeldungen verdrängt: Zoho behält höchstens 20 pro Benutzer)
why-disconnected-during-refresh = sie wurde getrennt, während ihr Access Token erneuert wurde
why-disconnected = sie wurde getrennt
why-no-refresh-token = sie hat keinen Refresh Token

## Eingabefehler (InputError)

error-unknown_data_centre = Das Rechenzentrum „{ $given }“ ist unbekannt. Wählen Sie eines von diesen: { $known }.
# Ein Client-Name: nur Buchstaben, Ziffern, Leerzeichen, _ und & (kein Bindestrich, kein Apostroph).
suggested-client-name = Mein Zoho Client
error-client_name_empty = Geben Sie einen Client-Namen ein, zum Beispiel { $example }.
error-client_name_invalid_chars = Der Client-Name enthält { $chars }. Zoho erlaubt nur Buchstaben, Ziffern, Leerzeichen, _ und &.
error-port_empty = Geben Sie eine Portnummer ein ({ $min } bis { $max }).
error-port_not_number = „{ $given }“ ist keine Portnummer. Geben Sie eine ganze Zahl von { $min } bis { $max } ein.
error-port_out_of_range = Port { $value } liegt außerhalb des zulässigen Bereichs. Verwenden Sie einen Port von { $min } bis { $max }.
error-ports_clash = Port { $port } ist auch der lokale Port für catalyst serve. Wählen Sie für die Loopback-Adresse dieser App einen anderen Port.
error-project_name_empty = Geben Sie den Namen des Catalyst-Projekts ein, so wie er in der Catalyst-Console angezeigt wird (zum Beispiel LeadManager).
error-project_name_invalid_chars = Der Projektname enthält { $chars }. Verwenden Sie nur Buchstaben und Ziffern (Leerzeichen werden entfernt, Großbuchstaben kleingeschrieben).
error-org_id_empty = Geben Sie die Org-ID ein: die Zahl nach /baas/ in der Adresse Ihrer Catalyst-Console. Oder fügen Sie die ganze Adresse ein.
error-org_id_not_numeric = Die Org-ID „{ $given }“ ist keine Zahl. Kopieren Sie die Ziffern nach /baas/ aus der Adresse Ihrer Catalyst-Console, oder fügen Sie die ganze Adresse ein.
error-org_id_not_in_url = Diese Adresse enthält keine Org-ID. Öffnen Sie Ihr Projekt in der Catalyst-Console und kopieren Sie die Adresse aus der Adressleiste des Browsers (sie enthält /baas/, gefolgt von Ziffern).
error-unknown_environment = Die Umgebung „{ $given }“ ist unbekannt. Wählen Sie development oder production.
error-function_name_empty = Geben Sie den Funktionsnamen ein (crm_crud für die Node.js- und die Java-Ausgabe, lead_manager_function für Python).
error-function_name_invalid_chars = Der Funktionsname enthält { $chars }. Verwenden Sie nur Buchstaben, Ziffern, _ und -.
error-url_empty = Geben Sie eine Adresse ein, die mit https:// beginnt.
error-url_malformed = „{ $given }“ ist keine vollständige Webadresse ({ $reason }). Geben Sie sie in der Form https://example.com/... ein.
error-url_not_https = „{ $given }“ muss mit https:// beginnen (einfaches http:// ist nur für localhost zulässig).
error-url_loopback_ip = Zoho lehnt 127.0.0.1 und [::1] in Redirect URIs ab. Schreiben Sie stattdessen „{ $suggestion }“.
error-url_has_query_or_fragment = „{ $given }“ enthält eine Abfrage (?...) oder ein Fragment (#...). Entfernen Sie alles ab dem ? bzw. dem #.
error-url_has_credentials = „{ $given }“ enthält einen Benutzernamen oder ein Passwort. Entfernen Sie den Teil vor dem @.
error-connection_name_empty = Geben Sie einen Namen für diese Verbindung ein, zum Beispiel LeadManagerApp.
error-connection_name_invalid_chars = Der Verbindungsname enthält { $chars }. Verwenden Sie nur Buchstaben, Ziffern, Leerzeichen, _, . und -.
error-connection_name_too_long = Der Verbindungsname ist zu lang. Verwenden Sie höchstens { $max } Zeichen.
error-connection_exists = Eine Verbindung namens „{ $name }“ gibt es bereits. Wählen Sie einen anderen Namen, oder öffnen Sie diese Verbindung, um ihr Secret zu ersetzen.
error-connection_not_found = Es gibt keine Verbindung namens „{ $name }“.
error-client_id_empty = Fügen Sie die Client ID ein, die Zoho angezeigt hat, nachdem Sie auf „Create“ (Erstellen) geklickt haben.
error-client_id_looks_like_secret = Das sieht nach dem Client Secret aus, nicht nach der Client ID. Fügen Sie es in das Feld „Client Secret“ ein, und kopieren Sie die Client ID (sie beginnt mit 1000.) in dieses Feld.
error-client_id_has_spaces = Die Client ID enthält Leerzeichen. Kopieren Sie sie erneut aus der Zoho API Console, ohne etwas davor oder dahinter.
error-client_secret_empty = Fügen Sie das Client Secret ein, das Zoho angezeigt hat, nachdem Sie auf „Create“ (Erstellen) geklickt haben.
error-client_secret_looks_like_id = Das sieht nach der Client ID aus (sie beginnt mit 1000.), nicht nach dem Client Secret. Fügen Sie hier das Client Secret ein: In der Zoho API Console steht es unter der Client ID.
error-passphrase_too_short = Die Passphrase ist zu kurz. Verwenden Sie mindestens { $min } Zeichen, am besten einige Wörter, die nichts miteinander zu tun haben.
error-passphrase_mismatch = Die beiden Passphrasen stimmen nicht überein. Geben Sie zweimal dieselbe Passphrase ein.
error-wrong_passphrase = Falsche Passphrase für die verschlüsselte Datei: Es ist nicht die, die beim Anlegen der Datei gewählt wurde.
error-server_url_rejected = { $variable } ist auf „{ $value }“ gesetzt, doch diese Adresse wird nicht angenommen: { $reason }. Setzen Sie die Variable auf eine https://-Adresse oder auf eine http://-Adresse nur auf diesem Computer (127.0.0.1, [::1] oder localhost), oder entfernen Sie sie.
error-account_changed = Angemeldet hat sich { $now }, aber diese Verbindung war als { $previous } angemeldet. Die neue Anmeldung wurde nicht übernommen, und ihre Tokens wurden widerrufen.
error-team_address_rejected = Die Adresse „{ $value }“ des Team-Speichers wird nicht angenommen: { $reason }.
error-team_path_invalid = Der Wert „{ $value }“ für { $field } ist kein Pfad im Team-Speicher. Verwenden Sie Buchstaben, Ziffern, _, - und ., mit / zwischen den Teilen.
error-team_app_role_incomplete = Eine AppRole braucht sowohl ihre Role ID als auch die Datei mit ihrer Secret ID. Geben Sie beides an, oder keins von beiden, um ein Token zu verwenden.
error-connection_name_dots = Ein Verbindungsname darf nicht nur aus Punkten bestehen. Verwenden Sie auch Buchstaben oder Ziffern.
error-requester_empty = Geben Sie an, wer die Zugangsdaten anfragt, so wie der Admin des Kunden Sie kennt (zum Beispiel Acme Integrations).
error-requester_invalid_chars = „Wer fragt an“ enthält { $chars }. Verwenden Sie nur Buchstaben, Ziffern, Leerzeichen und einfache Satzzeichen (. , - ' & ( ) / @ + _ : ! ? #).
error-requester_too_long = „Wer fragt an“ ist zu lang. Verwenden Sie höchstens { $max } Zeichen.
error-requester_looks_like_code = „Wer fragt an“ enthält einen Code, der wie ein Fingerabdruck aussieht (Vierergruppen aus Buchstaben oder Ziffern, etwa ABCD-1234). Schreiben Sie nur den Namen: Die App des Admins zeigt den Fingerabdruck der Anfrage von selbst an, und nichts, was in der Anfrage steht, darf wie einer aussehen.
error-request_name_looks_like_code = Der Verbindungsname einer Anfrage darf nicht wie ein Fingerabdruck aussehen (Vierergruppen aus Buchstaben oder Ziffern, etwa ABCD-1234): Der Admin vergleicht den Fingerabdruck, den seine App anzeigt. Wählen Sie einen anderen Namen.
error-request_lifetime_out_of_range = Eine Anfrage kann nicht { $given } lang gültig sein. Wählen Sie einen Wert von { $min } bis { $max }.
error-pasted_address_invalid = Die eingefügte Adresse ist nicht die Rückmeldung von Zoho auf die Anmeldung dieser Verbindung ({ $reason }). Fügen Sie die ganze Adresse aus der Adressleiste des Browsers ein, nachdem Zoho Sie zurückgeschickt hat (sie beginnt mit { $expected }).

## Speicherfehler (StoreError)

error-read_back_mismatch = Das Secret, das aus dem Speicher ({ $store }) zurückgelesen wurde, weicht vom eingegebenen ab und wurde daher nicht übernommen. Versuchen Sie erneut zu speichern.
error-secret_missing = Das Client Secret von „{ $name }“ ist nicht vorhanden (gesucht in: { $store }).

## Dateifehler (FileError)

error-config_dir_unknown = Es wurde kein Ordner für die Einstellungen gefunden: Es ist kein Home-Verzeichnis bekannt. Setzen Sie ZCW_CONFIG_DIR auf einen Ordner, in den diese App schreiben darf.
error-cannot_write = { $path } kann nicht geschrieben werden. Prüfen Sie, ob der Ordner existiert und beschreibbar ist, oder setzen Sie ZCW_CONFIG_DIR auf einen anderen Ordner.
error-cannot_read = { $path } kann nicht gelesen werden. Prüfen Sie, ob die Datei existiert und ob Sie sie lesen dürfen.
error-not_a_regular_file = { $path } ist keine Datei (sondern ein Ordner, eine Pipe oder ein Gerät) und wurde daher nicht gelesen. Wählen Sie die Datei selbst.
error-too_large = { $path } ist größer als { $max_kib } KiB, weit größer als die erwartete Datei, und wurde daher nicht gelesen. Wählen Sie die richtige Datei.
error-not_text = { $path } enthält keinen Text und ist daher nicht die erwartete Datei. Wählen Sie die richtige Datei.
error-not_yours = Der Ordner { $path } gehört einem anderen Benutzer, daher legt diese App dort keine Dateien ab. Verwenden Sie einen eigenen Ordner (setzen Sie ZCW_CONFIG_DIR), oder übertragen Sie diesen Ordner wieder Ihrem Benutzer.
error-draft_corrupt = Der gespeicherte Entwurf des Assistenten konnte nicht gelesen werden. Er wurde nach { $moved_to } verschoben, und der Assistent beginnt von vorn. Füllen Sie die Schritte erneut aus; der alte Entwurf bleibt dort, falls Sie einen Wert daraus brauchen.
error-connections_corrupt = Die Datei mit den Verbindungen konnte nicht gelesen werden. Sie wurde nach { $moved_to } verschoben, damit nichts verloren geht, und die Liste beginnt jetzt leer. Stellen Sie die Datei von dort wieder her, wenn Sie können.
error-connections_from_newer_version = Die Datei mit den Verbindungen, { $path }, wurde von einer neueren Version dieser App geschrieben (Schema { $version }). Aktualisieren Sie Zoho Credential Wizard, um sie zu verwenden.

## Browserfehler (BrowserError)

error-launch_failed = Der Browser konnte nicht geöffnet werden. Kopieren Sie stattdessen die Adresse { $url } in Ihren Browser.
error-untrusted_url = { $url } wird nicht geöffnet: Es ist nicht die Zoho API Console eines bekannten Rechenzentrums. Es wurde nichts geöffnet. Verwenden Sie die Schaltfläche „Zoho API Console öffnen“; sie öffnet die Console des Rechenzentrums, das Sie gewählt haben.

## Zwischenablage (ClipboardError)

error-unavailable = Die Zwischenablage kann hier nicht verwendet werden. Zum Kopieren ist eine Desktop-Sitzung nötig: Führen Sie dies dort aus, wo Sie den Text einfügen werden.

## Anmeldefehler (SignInError)

error-port_in_use = Port { $port } wird auf diesem Computer bereits verwendet, daher kann die Anmeldung nicht zu dieser App zurückkehren. Schließen Sie das Programm, das ihn verwendet, und versuchen Sie es erneut, oder wählen Sie für diese Verbindung einen anderen Port und registrieren Sie dafür http://localhost:PORT/callback in der Zoho API Console.
error-port_permission_denied = Dieser Computer erlaubt dieser App nicht, Port { $port } zu öffnen (unter Windows liegt der Port womöglich in einem reservierten Bereich). Wählen Sie für diese Verbindung einen anderen Port und registrieren Sie dafür http://localhost:PORT/callback in der Zoho API Console.
error-listener_failed = Diese App konnte Port { $port } für die Anmeldung nicht öffnen. Schließen Sie das Programm, das ihn verwendet, und versuchen Sie es erneut, oder wählen Sie für diese Verbindung einen anderen Port und registrieren Sie dafür http://localhost:PORT/callback in der Zoho API Console.
error-timed_out = Innerhalb { $seconds ->
        [one] einer Sekunde
       *[other] von { $seconds } Sekunden
    } kam keine Rückmeldung von Zoho. { $causes }
error-cancelled = Die Anmeldung wurde abgebrochen. Starten Sie sie erneut, wenn Sie bereit sind.
error-declined = Sie haben den Zugriff in Zoho abgelehnt, daher wurden keine Tokens ausgestellt. Starten Sie die Anmeldung erneut und klicken Sie in Zoho auf „Accept“ (Akzeptieren).
error-untrusted_accounts_server = Die Rückmeldung von Zoho nennt { $server } als Accounts-Server, doch das ist kein bekannter Accounts-Server von Zoho. Es wurde nichts dorthin übermittelt. Starten Sie die Anmeldung erneut; wiederholt sich das, versucht womöglich jemand, die Anmeldung zu manipulieren.
error-not_started = Es läuft gerade keine Anmeldung. Starten Sie die Anmeldung erneut.
error-discarded = Die neue Anmeldung wurde bei Zoho widerrufen und ihre Tokens gelöscht; die Verbindung bleibt als { $previous } angemeldet. Wenn Sie doch das andere Konto verwenden möchten, melden Sie sich erneut an und wechseln Sie zu diesem Konto.
error-revoke_unreachable = Zoho war nicht erreichbar, um die Anmeldung von „{ $name }“ zu widerrufen, daher wurde nichts gelöscht. Sie können die Anmeldung auch selbst widerrufen: Öffnen Sie in Ihrem Zoho-Konto „Connected Apps“ (Verbundene Apps) und entfernen Sie diesen Client.
error-needs_sign_in = „{ $name }“ hat keine funktionierende Anmeldung: { $why }.

## Fehler von Zoho (ZohoError)

error-invalid_client = Zoho hat den Client abgelehnt: Das Client Secret ist falsch, oder dieser Client ist in einem anderen Rechenzentrum registriert. Prüfen Sie das Rechenzentrum, ersetzen Sie das Secret, falls Sie es neu generiert haben, und versuchen Sie es erneut.
error-invalid_client_secret = Laut Zoho ist das Client Secret falsch. Kopieren Sie es erneut aus der Zoho API Console (oder generieren Sie es neu) und ersetzen Sie es.
error-invalid_code = Der Anmeldecode ist abgelaufen oder wurde bereits verwendet (Codes gelten 1 bis 2 Minuten). Starten Sie die Anmeldung erneut.
error-invalid_redirect_uri = Laut Zoho stimmt die Redirect URI nicht mit der registrierten überein. Registrieren Sie genau { $uri } in der Zoho API Console (gleicher Port, kein Schrägstrich am Ende).
error-rate_limited = Zoho bremst diesen Client (zu viele Aufrufe). Warten Sie einige Minuten und versuchen Sie es erneut.
error-access_denied = Zoho hat den Zugriff verweigert: zu viele Anmeldungen für diesen Client, oder der Zugriff wurde abgelehnt. Warten Sie einige Minuten und melden Sie sich dann erneut an.
error-unexpected = Zoho hat einen Fehler gemeldet, den diese App nicht kennt. Versuchen Sie es erneut; wiederholt sich das, prüfen Sie den Client in der Zoho API Console.
error-bad_response = Die Rückmeldung von Zoho war nicht verständlich. Versuchen Sie es in einigen Minuten erneut; wiederholt sich das, ändert Zoho womöglich gerade etwas auf seiner Seite.
error-token_rate_limited = Zoho erlaubt pro Verbindung höchstens 10 neue Access-Tokens in 10 Minuten, und „{ $name }“ hat sie aufgebraucht. Versuchen Sie es in { $wait_secs ->
        [one] einer Sekunde
       *[other] { $wait_secs } Sekunden
    } erneut.

## Netzwerkfehler (NetworkError)

error-timeout = Zoho hat nicht innerhalb { $seconds ->
        [one] einer Sekunde
       *[other] von { $seconds } Sekunden
    } reagiert. Prüfen Sie den Internetzugang (und einen etwaigen Proxy) und versuchen Sie es dann erneut.
error-unreachable = Zoho ist nicht erreichbar. Prüfen Sie den Internetzugang (und einen etwaigen Proxy) und versuchen Sie es dann erneut.

## Fehler


## Schlüsselbund (KeychainError)

error-keychain_unavailable = Der Schlüsselbund dieses Computers ist nicht verfügbar. Installieren und starten Sie einen Schlüsselbund-Dienst wie GNOME Keyring oder KWallet, entsperren Sie ihn und versuchen Sie es erneut. Es wurde nichts gespeichert.
error-keychain_locked = Der Schlüsselbund dieses Computers ist gesperrt oder hat den Zugriff verweigert. Entsperren Sie ihn (melden Sie sich an Ihrer Desktop-Sitzung an, oder entsperren Sie den Schlüsselbund in Ihrem Schlüsselbund-Programm) und versuchen Sie es erneut. Es wurde nichts gespeichert.
error-keychain_timeout = Der Schlüsselbund dieses Computers hat nicht innerhalb { $seconds ->
        [one] einer Sekunde
       *[other] von { $seconds } Sekunden
    } reagiert. Vielleicht ist er gesperrt und wartet in einem Dialogfenster auf sein Passwort: Entsperren Sie ihn und versuchen Sie es erneut. Der Schlüsselbund kann die Änderung auch noch später abschließen; die nächste Änderung an Ihren Verbindungen prüft das und räumt auf.
error-keychain_too_long = { $what ->
        [secret] Das Secret
       *[name] Der Name des Eintrags
    } ist länger, als der Schlüsselbund dieses Computers erlaubt (höchstens { $limit } Bytes), und wurde daher nicht gespeichert.
error-keychain_failure = Im Schlüsselbund dieses Computers ist ein Fehler aufgetreten. Versuchen Sie es erneut; tritt der Fehler weiter auf, starten Sie Ihren Schlüsselbund-Dienst neu.

## Verschlüsselte Datei (FileStoreError)

error-file_store_missing = Die verschlüsselte Datei { $path } existiert noch nicht.
error-file_store_corrupt = Die verschlüsselte Datei { $path } kann nicht gelesen werden: Sie ist beschädigt oder keine verschlüsselte Datei dieser App. Stellen Sie sie aus einer Sicherung wieder her, oder verschieben Sie sie an einen anderen Ort und speichern Sie die Secrets erneut.
error-file_store_key_mismatch = Die verschlüsselte Datei { $path } wurde nicht mit dem Schlüssel in { $key } angelegt: Die beiden Dateien gehören nicht zusammen. Es wurde nichts geändert. Legen Sie die Schlüsseldatei zurück, die neben dieser verschlüsselten Datei lag (aus derselben Sicherung; eine früher beiseitegelegte Schlüsseldatei liegt daneben, ihr Name endet auf .unused), oder verschieben Sie beide an einen anderen Ort und speichern Sie die Secrets erneut. Wird die verschlüsselte Datei im Hintergrund entsperrt gehalten, sperren Sie sie und entsperren Sie sie dann erneut.
error-file_store_key_damaged = Die Schlüsseldatei { $key } der verschlüsselten Datei ist beschädigt. Es wurde nichts geändert. Stellen Sie sie aus derselben Sicherung wie { $path } wieder her; ohne sie lässt sich die verschlüsselte Datei nicht öffnen.
error-file_store_too_much_work = Das Öffnen von { $path } mit seiner Passphrase erfordert mehr Rechenaufwand (scrypt 2^{ $required }), als dieser Computer zulässt (bis 2^{ $allowed }): Die Passphrase wurde auf einem viel schnelleren Computer festgelegt, oder nicht von dieser App. Es wurde nichts geändert. Öffnen Sie die verschlüsselte Datei auf dem Computer, auf dem ihre Passphrase festgelegt wurde, und legen Sie dort eine neue Passphrase fest.
error-file_store_key_missing = Der Schlüssel der verschlüsselten Datei { $path } fehlt: Ihre Passphrase öffnet die Schlüsseldatei daneben, { $key }, und diese ist nicht vorhanden. Es wurde nichts geändert. Stellen Sie die Schlüsseldatei aus derselben Sicherung wie die verschlüsselte Datei wieder her.
error-passphrase_needed = Die Secrets liegen in der verschlüsselten Datei, und diese braucht ihre Passphrase.
error-agent = Im Hintergrundprozess (Agent), der die verschlüsselte Datei entsperrt hält, ist ein Fehler aufgetreten.
error-agent_outdated = Der Hintergrundprozess (Agent), der die verschlüsselte Datei entsperrt hält, wurde von einer anderen Version dieses Programms gestartet (Protokoll { $found }; diese Version spricht { $expected }), wie es nach einem Update vorkommt.
error-agent_running = Ein Hintergrundprozess (Agent) läuft bereits (sein Socket ist { $path }).

## Team-Speicher (TeamError)

error-team_unreachable = Der Team-Speicher unter { $address } ist nicht erreichbar. Prüfen Sie die Adresse und ob der Server läuft, und versuchen Sie es dann erneut. Es wurde nichts geändert.
error-team_quorum_lost = Der Cluster des Team-Speichers ({ $addresses }) hat keinen aktiven Knoten. Ohne Rückmeldung: { $down } von { $nodes } Knoten; damit hat er sein Quorum verloren (eine Mehrheit muss laufen). Starten Sie die angehaltenen Knoten und versuchen Sie es dann erneut. Es wurde nichts geändert.
error-team_no_active_node = Der Cluster des Team-Speichers ({ $addresses }) hat innerhalb { $seconds ->
        [one] einer Sekunde
       *[other] von { $seconds } Sekunden
    } keinen aktiven Knoten gefunden (eine Leader-Wahl, die nicht abgeschlossen wird). Prüfen Sie den Zustand des Clusters und versuchen Sie es dann erneut. Es wurde nichts geändert.
error-team_sealed = Der Team-Speicher unter { $address } ist versiegelt (sealed). Bitten Sie die Person, die ihn betreibt, ihn zu entsiegeln (bao operator unseal oder vault operator unseal), und versuchen Sie es dann erneut. Es wurde nichts geändert.
error-team_token_missing = Es gibt kein Token für den Team-Speicher. Setzen Sie VAULT_TOKEN (oder BAO_TOKEN), oder melden Sie sich mit bao login oder vault login an (diese legen das Token in ~/.vault-token ab); auf einem Server geben Sie eine AppRole an (Role ID und Datei mit der Secret ID).
error-team_token_rejected = Der Team-Speicher unter { $address } hat das Token abgelehnt: Es ist abgelaufen oder wurde widerrufen. Besorgen Sie ein neues (bao login, vault login oder eine neue Secret ID der AppRole) und versuchen Sie es dann erneut. Es wurde nichts geändert.
error-team_permission_denied = Das Token des Team-Speichers darf „{ $path }“ nicht { $capability ->
        [read] lesen
        [list] auflisten
        [create] erstellen
        [delete] löschen
       *[update] ändern
    }. Seine Policy braucht dafür die Capability „{ $capability }“ auf diesem Pfad (siehe README, Abschnitt „Teams and servers“). Es wurde nichts geändert.
error-team_app_role_refused = Die Anmeldung mit der AppRole am Team-Speicher wurde abgelehnt. Prüfen Sie die Role ID und ob die Secret ID in ihrer Datei aktuell ist.
error-team_secret_id_file = Die Datei { $path } mit der Secret ID der AppRole kann nicht gelesen werden. Prüfen Sie, ob sie existiert und ob dieser Benutzer sie lesen darf.
error-team_ca_cert = Das CA-Zertifikat { $path } des Team-Speichers kann nicht verwendet werden. Geben Sie eine PEM-Datei mit der CA an, die das Zertifikat des Servers signiert hat.
error-team_answer = Der Team-Speicher unter { $address } hat den Aufruf abgelehnt (HTTP { $status }). Es wurde nichts geändert. Versuchen Sie es erneut; wiederholt sich das, zeigen Sie die Details der Person, die den Team-Speicher betreibt.
error-team_record_unreadable = Der Datensatz { $path } im Team-Speicher hat nicht die Form, in der diese App ihn schreibt. Jemand hat ihn von Hand geändert: Korrigieren oder löschen Sie ihn.
error-team_record_damaged = Der Datensatz { $path } im Team-Speicher ist beschädigt: { $problem }. Er wird nicht verwendet. Korrigieren Sie ihn, oder löschen Sie ihn und fügen Sie die Verbindung erneut hinzu.
error-team_conflict = Der Datensatz { $path } im Team-Speicher hat sich ständig geändert, während diese App ihn schreiben wollte (andere Rechner haben gleichzeitig geschrieben). Versuchen Sie es gleich noch einmal.
error-team_refresh_stuck = Ein anderer Rechner erneuert seit { $seconds ->
        [one] einer Sekunde
       *[other] { $seconds } Sekunden
    } das Access-Token von „{ $name }“, ohne fertig zu werden. Versuchen Sie es in einer Minute erneut; passiert das wiederholt, prüfen Sie diesen Rechner.
error-team_not_set_up = Auf diesem Computer ist kein Team-Speicher eingerichtet.

## API-Fehler (ApiError)

error-other_host = { $given } liegt nicht auf der API-Domain von „{ $name }“ ({ $domain }): Das Token dieser Verbindung wird nirgendwo anders hin übermittelt, daher wurde nichts übermittelt. Geben Sie einen Pfad wie /crm/v8/org an oder eine Adresse auf { $domain }.
error-bad_target = „{ $given }“ ist weder ein API-Pfad noch eine Adresse. Geben Sie einen Pfad wie /crm/v8/org an.
error-bad_header = Der Header „{ $name }“ kann nicht übermittelt werden: Ein Header hat die Form Name: Wert, der Name aus Buchstaben, Ziffern und -, der Wert in einer Zeile in einfachem ASCII. Korrigieren Sie ihn und versuchen Sie es erneut.
error-header_refused = Der Header { $header } wird aus der Verbindung selbst gesetzt und kann nicht angegeben werden. Lassen Sie ihn weg und versuchen Sie es erneut.
error-no_api_domain = Für „{ $name }“ ist keine API-Domain gespeichert, und ihr Rechenzentrum nennt keine, daher gibt es kein erlaubtes Ziel für ihr Token. Melden Sie sich erneut an, damit Zoho die API-Domain nennt.
error-token_refused = Zoho hat das Access-Token von „{ $name }“ abgelehnt (INVALID_TOKEN), und zwar erneut direkt nachdem ein neues erzeugt wurde: Die Anmeldung wurde widerrufen oder ist nicht mehr gültig.
error-scope_missing = { $needs ->
        [none] Das Access-Token von „{ $name }“ funktioniert, aber seine Scopes decken diesen Aufruf nicht ab (Rückmeldung von Zoho: OAUTH_SCOPE_MISMATCH); bei der Anmeldung erteilt: { $granted }. Welchen Scope der Aufruf braucht, steht in Zohos Dokumentation zu diesem Aufruf.
       *[other] Das Access-Token von „{ $name }“ funktioniert, aber seine Scopes decken diesen Aufruf nicht ab (Rückmeldung von Zoho: OAUTH_SCOPE_MISMATCH): Der Aufruf braucht { $needs }; bei der Anmeldung erteilt: { $granted }.
    }
error-api_rate_limited = Das API-Aufruflimit von Zoho für „{ $name }“ ist erreicht (HTTP 429): Vorerst wird nichts mehr übermittelt. Warten Sie eine Minute und versuchen Sie es dann erneut.

## Anfragen und Antworten (OnboardingError)

error-request_unreadable = Das ist keine Anfrage nach Zugangsdaten von Zoho Credential Wizard. Bitten Sie den Absender, die Anfragedatei oder den Link erneut zu senden.
error-feed_unreachable = Die Update-Quelle unter { $address } war nicht erreichbar, daher konnte die App nicht nach einer neuen Version suchen. Prüfen Sie den Internetzugang und versuchen Sie es später erneut; die App bleibt unverändert.
error-feed_unreadable = Die Rückmeldung der Update-Quelle hat eine Form, die diese App nicht lesen kann, daher wurde kein Update angeboten. Versuchen Sie es später erneut; die App bleibt unverändert.
error-signature_refused = Das heruntergeladene Update trägt keine gültige digitale Signatur des Herausgebers der App, daher wurde es nicht installiert. Die App bleibt unverändert. Versuchen Sie es später erneut; wenn das wieder vorkommt, laden Sie die App von ihrer Release-Seite herunter und prüfen Sie sie, wie in der README beschrieben.
error-download_failed = Das Update konnte nicht heruntergeladen werden. Versuchen Sie es später erneut; die App bleibt unverändert.
error-install_failed = Das Update konnte nicht installiert werden; die App bleibt unverändert. Versuchen Sie es erneut, oder laden Sie die neue Version von der Release-Seite der App herunter.
error-nothing_to_install = Es wartet kein Update auf die Installation. Klicken Sie zuerst auf „Nach Updates suchen“.
error-offer_changed = Die Update-Quelle bietet jetzt Version { $now } an, nicht die Version { $offered }, der Sie zugestimmt haben; daher wurde nichts installiert. Klicken Sie erneut auf „Nach Updates suchen“.
error-request_from_newer_app = Diese Anfrage wurde mit einer neueren Version von Zoho Credential Wizard erstellt (Formatversion { $version }); diese Version kann sie nicht lesen. Aktualisieren Sie die App und öffnen Sie die Anfrage dann erneut. Es wurde nichts angelegt.
error-request_expired = Die Anfrage von { $from } ist abgelaufen ({ $when }). Bitten Sie { $from } um eine neue Anfrage; es wurde nichts gesendet.
error-requester_refused = Die App zeigt den Namen des Absenders dieser Anfrage nicht an: { $why }. Angezeigt werden nur Namen, die nichts auf dem Bildschirm verschleiern können. Es wurde nichts angelegt. Bitten Sie den Absender, mit Zoho Credential Wizard eine neue Anfrage zu erstellen.
error-request_from_the_future = Nach der Uhr dieses Computers wurde diese Anfrage erst in der Zukunft erstellt ({ $when }). Prüfen Sie Datum und Uhrzeit dieses Computers; stimmen sie, bitten Sie den Absender um eine neue Anfrage. Es wurde nichts angelegt.
error-fingerprint_mismatch = Der Fingerabdruck stimmt nicht mit dem dieser Anfrage überein, die Anfrage wurde also womöglich unterwegs verändert (ihr Schlüssel ausgetauscht). Es wurde nichts gespeichert. Rufen Sie den Absender unter einer Nummer an, die Sie bereits kennen, und bitten Sie ihn, den Fingerabdruck vorzulesen, den seine App für diese Anfrage anzeigt; weicht er weiterhin ab, bitten Sie um eine neue Anfrage.
error-not_from_request = „{ $name }“ wurde nicht aus einer Anfrage nach Zugangsdaten erstellt, daher gibt es niemanden, an den die Antwort gesendet werden könnte. Öffnen Sie die erhaltene Anfrage und legen Sie die Verbindung daraus an.
error-sign_in_first = { $from } hat um eine angemeldete Verbindung gebeten, und „{ $name }“ ist noch nicht angemeldet. Melden Sie sich zuerst dafür bei Zoho an und senden Sie dann die Antwort.
error-no_such_request = Im aktiven Speicher dieses Computers gibt es keine offene Anfrage namens „{ $name }“. Prüfen Sie den Namen in der Liste der Anfragen (eine zurückgezogene Anfrage kann nicht beantwortet werden).
error-request_exists = Eine Anfrage namens „{ $name }“ wartet bereits auf ihre Antwort. Ziehen Sie diese Anfrage zuerst zurück, oder wählen Sie einen anderen Namen.
error-already_answered = Die Antwort auf „{ $name }“ wurde bereits importiert ({ $when }); der Schlüssel der Anfrage ist gelöscht, daher kann eine Antwort nicht zweimal importiert werden. Die Verbindung „{ $name }“ enthält, was die Antwort mitgebracht hat.
error-reply_unreadable = Diese Antwort lässt sich mit dem Schlüssel keiner hier wartenden Anfrage öffnen. Sie wurde unterwegs verändert, oder sie beantwortet eine Anfrage, die zurückgezogen oder im Speicher eines anderen Computers erstellt wurde. Es wurde nichts geändert. Bitten Sie den Absender, die Antwort erneut zu speichern und die Datei selbst zu senden.
error-reply_from_newer_app = Diese Antwort wurde mit einer neueren Version von Zoho Credential Wizard erstellt (Formatversion { $version }); diese Version kann sie nicht lesen. Aktualisieren Sie die App und importieren Sie die Antwort dann erneut. Es wurde nichts geändert.
error-reply_for_another_request = Diese Antwort gehört zu einer anderen Anfrage als „{ $name }“ (Anfrage { $expected }). Importieren Sie sie mit der Anfrage, zu der sie gehört; es wurde nichts geändert.
error-reply_late = Die Antwort für „{ $name }“ kam erst nach Ablauf ihrer Anfrage an ({ $when }) und wurde daher nicht importiert. Jeder, der die Anfrage gesehen hat, hätte sie beantworten können; importieren Sie sie nur, wenn Sie diese Antwort von Ihrem Kunden erwartet haben.
error-reply_invalid = Die Antwort für „{ $name }“ enthält einen Wert, der nicht verwendet werden kann: { $reason }. Bitten Sie den Absender, die Verbindung zu prüfen und eine neue Antwort zu senden; es wurde nichts geändert.
error-reconnect_self_client = „{ $name }“ ist ein Self Client: Er gehört dem Konto, das ihn erstellt hat, daher kann kein Kunde sich dafür erneut anmelden. Erzeugen Sie in der Zoho API Console einen neuen Self-Client-Code und wählen Sie dessen Datei erneut in dieser App aus.
error-reconnect_other_client = Diese Anfrage bittet Sie, sich erneut für „{ $name }“ mit dem Client { $asked } anzumelden, aber die angegebene Client ID gehört zu einem anderen Client. Verwenden Sie den Client, mit dem die Verbindung erstellt wurde (die Zoho API Console zeigt seine Client ID zusammen mit dem Client Secret); ein anderer Client braucht eine neue Anfrage, keine Anfrage zur erneuten Anmeldung. Es wurde nichts gespeichert.
error-reconnect_kept_other_client = Diese Anfrage bittet Sie, sich erneut für „{ $name }“ mit dem Client { $asked } anzumelden, aber die Verbindung „{ $name }“ auf diesem Computer verwendet einen anderen Client. Es wurde nichts geändert. Fragen Sie den Absender, ob die Anfrage für diese Verbindung gedacht ist; falls ja, entfernen Sie die Verbindung hier und öffnen Sie die Anfrage erneut.
error-reconnect_not_from_request = Diese Anfrage bittet Sie, sich erneut für „{ $name }“ anzumelden, aber die Verbindung „{ $name }“ auf diesem Computer wurde nicht aus einer Anfrage erstellt und wird daher nicht gesendet. Es wurde nichts geändert. Wenn Sie dem Absender diese Verbindung wirklich geben möchten, bitten Sie ihn um eine neue Anfrage (keine Anfrage zur erneuten Anmeldung) und beantworten Sie sie unter einem anderen Namen.
error-self_client_file_unreadable = Das ist keine self_client.json aus der Zoho API Console. Öffnen Sie in der Console „Self Client“, erzeugen Sie einen Code, wählen Sie „DOWNLOAD“ (Herunterladen) und verwenden Sie dann diese Datei.
error-self_client_code_expired = Der Code in dieser self_client.json ist abgelaufen ({ $when }); es wurde nichts an Zoho übermittelt. Öffnen Sie in der Zoho API Console „Self Client“, erzeugen Sie einen neuen Code (wählen Sie „10 minutes“) und verwenden Sie die neue Datei sofort.

## Fehler

error-worker_failed = Eine Hintergrundaufgabe wurde unerwartet beendet. Versuchen Sie es erneut; passiert das wiederholt, starten Sie die App neu.
error-cannot_start = Zoho Credential Wizard kann auf diesem Computer noch nicht arbeiten. { $cause }
error-file_unusable = { $path } konnte nicht geschrieben werden. Wählen Sie eine andere Datei, oder fügen Sie stattdessen den Text ein.
error-cannot_delete = { $path } konnte nicht gelöscht werden. Löschen Sie die Datei selbst in Ihrem Dateimanager: Sie enthält das Client Secret im Klartext.
error-no_self_client_file = In diesem Fenster wurde keine Self-Client-Datei eingelesen, daher wurde nichts gelöscht. Liegt noch eine self_client.json in Ihren Downloads, löschen Sie sie selbst.
error-no_request_made = In diesem Fenster wurde keine Anfrage erstellt, daher gibt es nichts zu speichern. Erstellen Sie die Anfrage erneut.
error-request_changed = Die Anfrage auf dem Bildschirm ist nicht mehr die, die gerade beantwortet wird, daher wurde nichts gespeichert. Öffnen Sie die Anfrage erneut und prüfen Sie ihren Fingerabdruck.
error-nothing_to_import = Es ist keine Antwort mehr geöffnet, daher wurde nichts importiert. Öffnen Sie die Antwort erneut.
