# Zoho Credential Wizard：デスクトップアプリのすべての文言の日本語版です（元は英語版 en.ftl）。
# 用語：docs/glossary/ja.md（GLOSSARY.md に対応）。<b>…</b> 内で Zoho の API コンソールのボタンや項目を指すテキストは、
# コンソールの表示どおりの Zoho 自身のラベルです。そのまま残し、その前後で日本語の説明をします。
# data-l10n-name を持つ要素はアプリ自身のもの（項目や、アプリが入れる値）です。1 回だけ、そのまま残します。

app-name = Zoho Credential Wizard

## シェルのファイルダイアログ

dialog-choose-request = 依頼を開く
dialog-request-files = 認証情報の依頼
dialog-save-reply = 回答を保存
dialog-save-request = 依頼を保存
dialog-choose-reply = 回答をインポート
dialog-reply-files = 暗号化された回答
dialog-choose-self-client = self_client.json を選択
dialog-self-client-files = Self Client ファイル

## エラーの後の次の手順（クリックするものを示します）

next-ask-customer = この接続のサインインはお客様側のものです。「お客様に再接続を依頼」をクリックすると、お客様の管理者がもう一度サインインします。
next-sign-in = 「{ $connection }」を開き、「もう一度サインイン」をクリックしてください。
next-replace-secret = 「{ $connection }」を開き、「シークレットを置き換え」をクリックしてください。シークレットを紛失した場合は、Zoho API コンソールで再生成してください。
next-list-connections = 保存済みの接続を見るには、「すべての接続」に戻ってください。
next-choose-file-store = または、代わりに暗号化ファイルを使ってください。
next-create-file-store = 先に、接続一覧の画面の「シークレットの保存先を変更」で暗号化ファイルを選んでください。
next-enter-passphrase = このファイル用に決めたパスフレーズを上の欄に入力し、「暗号化ファイルのロックを解除」をクリックしてください。
next-delete-locally = Zoho にアクセスできるようになってからもう一度お試しいただくか、下の「このコンピューターでのみ…」を選んでください。
next-allow-account-change = もう一度サインインし、別のアカウントについて確認されたら「… に切り替え」を選んでください。
next-restart-agent = アプリを終了して、もう一度起動してください。暗号化ファイルがバックグラウンドでロック解除されたままになっている場合は、先にロックしてください（開発者が zcw lock を実行します）。
next-stop-agent = 先に、バックグラウンドでロック解除されたままの暗号化ファイルをロックしてください（開発者が zcw lock を実行します）。
next-choose-team-store = 接続一覧の画面の「シークレットの保存先を変更」で、チームストアを選んでください。
next-sign-in-with-scope = 「{ $connection }」にもう一度サインインし、サインイン時に求める権限に、必要なスコープを追加してください。
next-accept-late-reply = この回答を待っていた場合は、「依頼の期限切れ後にこの回答が届くことを想定していた」にチェックを入れて、もう一度インポートしてください。

# ページ

## frame

page-a = 本文へスキップ
page-span = Zoho Credential Wizard
page-nav =
    .aria-label = アプリ
nav-home = すべての接続
stepper =
    .aria-label = ウィザードの手順

## unlock

unlock-title = 暗号化ファイルのロックを解除
unlock-explain = この操作に必要なシークレットは暗号化ファイルにあります。先にパスフレーズを入力してください。アプリを終了するまで、ファイルはロック解除されたままになります。
label-unlock-passphrase = 暗号化ファイルのパスフレーズ
unlock-button = 暗号化ファイルのロックを解除

## frame

answering =
    .aria-label = 認証情報の依頼
answering-reconnect = <strong data-l10n-name="strong0"></strong> 同じ接続とクライアントで、新しくサインインするだけです。新たに作成するものはありません。
answering-reconnect-strong = <bdi data-l10n-name="answering-reconnect-from"></bdi> から、「<span data-l10n-name="answering-reconnect-name"></span>」にもう一度サインインするよう求められています。
answering-dt = 依頼者
answering-span = （送信者が入力した名前です。依頼が本人からのものであることを示すのは、フィンガープリントです）
answering-dt-2 = 有効期限
answering-dt-3 = フィンガープリント
answering-span-2 = （このアプリが依頼から算出したもの）
answering-p = 依頼を送った人に、相手のアプリに表示されたフィンガープリントを読み上げてもらってください。異なる場合は、途中で依頼が改ざんされています。ここで中止してください。以下の値は依頼に含まれていたもので、変更できません。
label-answering-dc = お使いの Zoho のデータセンター
answering-dc-hint = この依頼では、データセンターの選択があなたに任されています。自社の Zoho アカウントがある場所を選んでください。Client Secret を保存した後は変更できません。
stop-answering = この依頼への回答を中止
incoming-title = 別の認証情報の依頼が届きました
incoming-dt = 接続
incoming-dt-2 = 依頼者
incoming-dt-3 = フィンガープリント
incoming-p = 現在、「<span data-l10n-name="incoming-current"></span>」の依頼に回答しています。どちらかを選ぶまで、何も変わりません。
incoming-keep = 現在の依頼への回答を続ける
incoming-switch = 代わりに新しい依頼に回答する

## home

home-title = 接続一覧
open-request = 受け取った依頼を開く
new-connection = 新しい接続
home-p = 1 つの接続で、Zoho のクライアントを 1 つ管理します。登録内容はこのアプリに、Client Secret は<span data-l10n-name="home-store"></span>に保管されます。
draft-banner = 作成途中の接続があります。<button data-l10n-name="resume-draft"></button>
resume-draft = 中断したところから続ける
connections-caption = 保存済みの接続
connections-th = 名前
connections-th-2 = データセンター
connections-th-3 = Client ID
connections-th-4 = 連携先
connections-th-5 = 保存先
connections-th-6 = 状態
no-connections-p = <strong>接続はまだありません。</strong>
no-connections-p-2 = <b>新しい接続</b>をクリックすると、Zoho のクライアントを登録し、そのシークレットを安全に保管できます。
home-span = 新しいシークレットは<strong data-l10n-name="store-description"></strong>に保存されます。
change-store = シークレットの保存先を変更…
check-computer = このコンピューターを確認
customers-title = お客様とのやり取り
home-p-2 = お客様の Zoho 管理者しかクライアントを作成できない場合は、管理者に依頼を送り、暗号化された回答をインポートします。シークレットをメールに貼り付けてやり取りする必要はありません。
request-credentials = お客様に認証情報を依頼
import-reply = 回答をインポート
requests-caption = お客様に送った依頼
requests-th = 依頼
requests-th-2 = 依頼者名
requests-th-3 = フィンガープリント
requests-th-4 = 状態
requests-span = 操作
store-picker-legend = 新しい接続のシークレットの保存先
store-picker-span = このコンピューターのキーチェーン
store-picker-span-2 = 通常はこちらです。シークレットはこのコンピューターから出ず、コンピューターへのログインで保護されます。
store-picker-span-3 = 暗号化ファイル
store-picker-span-4 = キーチェーンが使えない場合に使います。アプリの起動のたびに 1 回、パスフレーズの入力が必要です。
store-picker-span-5 = チームの OpenBao または Vault サーバー
store-picker-span-6 = チームで共有します。このサーバーを設定したすべてのコンピューターとサーバーで、同じ接続とトークンが使われます。
file-store-explain = 暗号化ファイルは、シークレットを 1 つのファイルにまとめ、自分で決めたパスフレーズで暗号化して保管します。キーチェーンが使えない場合にのみ使ってください。
label-home-passphrase = パスフレーズ
label-home-passphrase-again = パスフレーズ（確認）
team-store-explain = チームの OpenBao または Vault サーバーの管理者に、サーバーのアドレスとトークンを教えてもらってください（または、このコンピューターで <code>bao login</code> か <code>vault login</code> でログインし、トークン欄を空のままにします）。接続は、KV バージョン 2 のマウント内で、プレフィックスの下に保管されます。
label-team-address = サーバーのアドレス <small>（クラスターの場合は、各ノードのアドレスを 1 行に 1 つずつ）</small>
label-team-token = トークン <small>（アプリの実行中のみ保持）</small>
label-team-mount = KV マウント
label-team-prefix = プレフィックス
team-store-form-summary = その他の設定（証明書、ネームスペース、AppRole）
label-team-ca-cert = CA 証明書ファイル <small>（サーバーの証明書が独自の CA によるものの場合）</small>
label-team-namespace = ネームスペース
label-team-role-id = AppRole のロール ID
label-team-secret-id-file = AppRole のシークレット ID ファイル
cancel-store = キャンセル
confirm-store = 新しいシークレットをここに保存

## doctor

doctor-title = このコンピューターを確認
doctor-p = このアプリがコンピューターに必要とするものを、今確認しました。各項目には、問題がないか、どうすればよいかが表示されます。
doctor-back = 接続一覧に戻る
doctor-again = もう一度確認

## details

show-connect = Zoho にサインイン
show-handover = 引き渡し
show-disconnect = 接続を解除…
show-reconnect = お客様に再接続を依頼
show-replace = シークレットを置き換え
show-rename = 名前を変更
show-remove = 削除…
replace-explain = Zoho API コンソールでシークレットを再生成しましたか？新しいシークレットをここに貼り付けると、保管中のシークレットと置き換えられます。
label-replace-secret = 新しい Client Secret
replace-form-button = 表示
    .aria-label = 新しい Client Secret を表示
confirm-replace = 新しいシークレットを保存
replace-form-button-2 = キャンセル
label-rename-input = 新しい名前
confirm-rename = 名前を変更
rename-form-button = キャンセル
confirm-remove = 接続とそのシークレットを削除
remove-local = このコンピューターでのみ削除
remove-form-button = キャンセル
confirm-disconnect = 接続を解除し、Zoho で取り消す
disconnect-local = このコンピューターでのみ接続を解除
disconnect-form-button = キャンセル
details-h2 = Zoho での登録内容
details-back = 接続一覧に戻る

## open-request-view

open-request-title = 認証情報の依頼を開く
open-request-view-p = Zoho のクライアントの作成を頼まれた場合は、送られてきた依頼ファイル（<code>NAME.zcwrequest</code>）を開くか、メールに記載されたリンクを貼り付けてください。作成する内容がそのまま表示され、依頼者だけが開ける回答を送り返せます。
label-request-text = リンクまたは依頼のテキスト
open-request-back = 戻る
choose-request-file = ファイルを選択…
open-request-text = 貼り付けた依頼を開く

## import-reply-view

import-reply-title = 回答をインポート
import-reply-view-p = お客様の管理者が、あなたの送った依頼に回答しました。回答ファイルを選ぶか、メールに記載された回答のテキストを貼り付けてください。回答は、<strong data-l10n-name="import-store"></strong>に保管されている依頼の鍵でのみ開けます。サインインが含まれている場合は、それが有効かどうかをアプリが Zoho に確認します。その後、何かを保存する前に、どのアカウントのものかを確認していただきます。
label-reply-text = 回答のテキスト
reply-text =
    .placeholder = 回答のテキスト全体をここに貼り付けてください

## import-confirm

import-confirm-title = 保存する前に回答を確認
import-confirm-dt = 接続
ic-reconnect-dt = 再接続の対象
import-confirm-dt-2 = サインインした Zoho アカウント
import-confirm-dt-3 = Client ID
import-confirm-dt-4 = データセンター
import-confirm-dt-5 = 回答コード
import-confirm-span = （管理者のアプリにも、送信後に同じコードが表示されています。重要な場合は、管理者に読み上げてもらってください）
ic-late-span = 依頼の期限切れ後にこの回答が届くことを想定していた
ic-confirm-text = これはお客様の Zoho アカウントです
ic-discard = この回答を破棄
ic-import = 接続をインポート

## import-reply-view

import-open = 「<span data-l10n-name="import-done-name"></span>」を開く
import-reply-back = 接続一覧に戻る
choose-reply-file = ファイルを選択…
import-reply-text = 貼り付けた回答を開く

## request-made

request-made-title = 依頼を送信する準備ができました
made-lead = 依頼ファイルまたはリンクを、お客様の Zoho 管理者にメールで送ってください。どちらにもシークレットは含まれていません。依頼の鍵は<strong data-l10n-name="made-store"></strong>に残るため、回答を開けるのはあなただけです。
request-made-p = フィンガープリント <strong data-l10n-name="made-fingerprint"></strong>
request-made-p-2 = 電話で管理者に読み上げてください。管理者のアプリにも、同じ 4 つのグループが表示されます。有効期限：<span data-l10n-name="made-expires"></span>
save-request-file = 依頼ファイルを保存…
copy-request-link = リンクをコピー
made-email-title = 一緒に送るメールの文面
request-made-p-3 = 管理者が行うこと、アプリの入手先、フィンガープリントを読み上げるために電話すること（フィンガープリントはメールには書きません）を伝える文面です。メールにコピーし、依頼ファイルを添付してください。
made-done = 完了：接続一覧へ

## reconnect-request

reconnect-request-title = 「<span data-l10n-name="rr-name"></span>」の再接続をお客様に依頼
reconnect-request-p = お客様の Zoho 管理者がこの接続にもう一度サインインし、あなたはその回答をこの接続にインポートします。依頼には接続のクライアント、データセンター、権限が含まれるため、管理者が作成するものはありません。管理者が接続を残していれば、サインインするだけです。
reconnect-request-dt = Client ID
reconnect-request-dt-2 = データセンター
reconnect-request-dt-3 = 権限
label-rr-from = 依頼者
rr-from =
    .placeholder = Acme Integrations
hint-rr-from = 管理者に表示される、あなたの会社名または氏名です。
label-rr-expires = 有効期間
rr-expires-option = 1 日
rr-expires-option-2 = 3 日
rr-expires-option-3 = 7 日
rr-expires-option-4 = 14 日
rr-expires-option-5 = 30 日
label-rr-scopes-add = 追加する権限（省略可。スコープをカンマ区切りで）
hint-rr-scopes-add = 接続にない権限が API の呼び出しに必要な場合は、そのスコープをここに追加してください。
rr-back = キャンセル
rr-make = 再接続の依頼を作成

## reconnect-kept

reconnect-kept-title = 「<span data-l10n-name="rk-name"></span>」にもう一度サインイン
reconnect-kept-p = このコンピューターには、依頼に記載されたクライアントを使うこの接続が残っています。作成やコピーは不要です。フィンガープリントを確認してから、Zoho にサインインしてください。新しいサインインは回答に含めて送られます。
reconnect-kept-dt = Client ID
reconnect-kept-span = （このコンピューターが「<span data-l10n-name="rk-name-again"></span>」用に保管しているもの）
reconnect-kept-dt-2 = 求められている権限
reconnect-kept-span-2 = 依頼を送った人にこのフィンガープリントを読み上げてもらい、一致することを確認しました：<strong data-l10n-name="rk-fingerprint"></strong>
rk-sign-in = 次へ：もう一度サインイン

## step-1

step-1-title = 何と連携しますか？
step1-request-hint = 依頼を受け取りましたか？<button data-l10n-name="step1-open-request"></button>
step1-open-request = 受け取った依頼を開く
step-1-p = Zoho アカウントがあるデータセンターと、新しい Zoho クライアントを使う連携先を選んでください。Zoho に登録する値は、このアプリが自動で用意します。
label-dc = Zoho のデータセンター
hint-dc = Zoho にサインインするときのアドレスです。たとえばヨーロッパなら <code>accounts.zoho.eu</code> です。
step-1-legend = 連携先
template-span = Catalyst アプリ
text-catalyst = Zoho Catalyst のアプリ（LeadManager チュートリアルなど）。
template-span-2 = hotglue / Optiply
text-hotglue = hotglue のコネクター（Optiply の Zoho 連携など）。
template-span-3 = カスタム
text-custom = 独自のスクリプトやサーバー（リダイレクト URI も独自に指定）。
choice-self-client-span = Self Client
text-self-client = 組織内の独自スクリプト向けに、Zoho の Self Client を使います。リダイレクト URI は不要で、コンソールで作成したコードを使います。
label-catalyst-project = プロジェクト名
catalyst-project =
    .placeholder = LeadManager
hint-catalyst-project = Catalyst コンソールに表示されているとおりに入力します。アプリのアドレスでは、スペースが削除され、大文字は小文字になります。
label-catalyst-org = Org ID
catalyst-org =
    .placeholder = 60012345678 またはコンソールのアドレス
hint-catalyst-org = Catalyst コンソールのアドレスで、<code>/baas/</code> の後にある数字です。アドレス全体を貼り付けてもかまいません。
label-catalyst-environment = 環境
catalyst-environment-option = Development（開発）
catalyst-environment-option-2 = Production（本番。アドレスは Zoho で未確認）
label-catalyst-function = 関数名
function-picks =
    .aria-label = チュートリアルの各エディションの関数名
label-catalyst-serve-port = ローカルの serve ポート
hint-catalyst-serve-port = <code>catalyst serve</code> が実行されるポートです。
label-hotglue-homepage = ホームページ URL
hint-hotglue-homepage = 自社の Web サイトです。hotglue のリダイレクト URI <code>https://hotglue.xyz/callback</code> は自動で追加されます。
label-custom-homepage = ホームページ URL
label-custom-redirect-uris = リダイレクト URI
hint-custom-redirect-uris = 1 行に 1 つずつ、連携先が送るとおりに正確に入力します。https を使います（http は localhost の場合のみ）。
fields-self-client-p = Self Client は Zoho が作成するため、登録は不要です。次に、選んだスコープ用のコードをコンソールで生成し、このアプリがそれをトークンと交換します。
label-client-name = クライアント名
hint-client-name = Zoho API コンソールに表示される名前です。使えるのは文字、数字、スペース、アンダースコア（_）、アンパサンド（&）だけです。
step1-advanced-summary = 開発者向け：このアプリ自身のリダイレクト URI
loopback-explain = 手順 2 では、登録する値として <code data-l10n-name="loopback-preview"></code> も表示されます。このコンピューターからサインインすると、Zoho はその後ブラウザーをそこに戻すので、このアプリがトークンを受け取り、クライアントを確認できます。Zoho ではポート番号が完全に一致する必要があり、127.0.0.1 ではなく <code>localhost</code> を使います。ポートは、別のプログラムが使っている場合にのみ変更してください。
label-loopback-port = このアプリのポート
request-options-legend = 依頼
label-request-name = 接続名
label-request-from = 依頼者
request-from =
    .placeholder = Acme Integrations
hint-request-from = 管理者に表示される、あなたの会社名または氏名です。使えるのは文字、数字、スペース、一般的な記号です。
label-request-expires = 有効期間
request-expires-option = 1 日
request-expires-option-2 = 3 日
request-expires-option-3 = 7 日
request-expires-option-4 = 14 日
request-expires-option-5 = 30 日
request-options-label = <input data-l10n-name="request-dc-open"> データセンターをお客様に選んでもらう（お客様の Zoho アカウントがどこにあるか分からない場合）
request-options-label-2 = <input data-l10n-name="request-refresh"> 管理者にもサインインしてもらい、回答にリフレッシュトークンを含める（Zoho の API を呼び出すスクリプト向け）
label-request-scopes = スコープ（カンマ区切り）
cancel-request-form = キャンセル
next = 次へ：Zoho に登録
make-request = 依頼を作成

## step-2

step-2-title = Zoho にクライアントを登録
step-2-p = <strong data-l10n-name="s2-dc"></strong> の Zoho API コンソールでクライアントを作成し、次の値をそのまま入力してください。
step-2-div = <strong>Zoho は Client Secret を 1 回しか表示しない場合があります。</strong>Zoho で <b>Create</b>（作成）をクリックする前に、ここで<b>次へ：Client Secret を保存</b>ボタンをクリックしておくと、Zoho がシークレットを表示したときにすぐ貼り付けられます。紛失した場合は、Zoho API コンソールで再生成する必要があります。
open-console = Zoho API コンソールを開く
step-2-li = 上の<b>Zoho API コンソールを開く</b>ボタンをクリックし、サインインします。
step-2-li-2 = <b>Get Started</b>（開始する）をクリックします。すでにクライアントがある場合は、<b>Add Client</b>（クライアントを追加）をクリックします。
step-2-li-3 = <b>Server-based Applications</b>（サーバーベースのアプリケーション）を選びます。
step-2-li-4 = 「コピー」ボタンを使って、<b>Client Name</b>（クライアント名）、<b>Homepage URL</b>（ホームページ URL）、すべての <b>Authorized Redirect URI</b>（承認済みリダイレクト URI）を入力します（URI ごとに Zoho で行を追加します）。Zoho は値を 1 文字単位で厳密に照合します。
step-2-li-5 = Zoho で <b>Create</b>（作成）をクリックする前に、ここで<b>次へ：Client Secret を保存</b>ボタンをクリックして、貼り付ける欄を開いておきます。
step-2-li-6 = Zoho で <b>Create</b>（作成）をクリックします。<b>Client ID</b> と <b>Client Secret</b> が表示されるので、それぞれすぐにこのアプリにコピーします。
back = 戻る
next-2 = 次へ：Client Secret を保存

## step-2-self

self-title = Self Client でコードを生成
step-2-self-p = <strong data-l10n-name="self-dc"></strong> の Zoho API コンソールで、Self Client がコードを作成し、このアプリがそれをトークンと交換します。コードの有効期間は数分だけなので、このウィンドウを開いたまま準備しておいてください。
self-open-console = Zoho API コンソールを開く
step-2-self-li = <b>Self Client</b> を選びます（初回は <b>Create Now</b>（今すぐ作成）、続いて <b>OK</b>）。
step-2-self-li-2 = <b>Generate Code</b>（コードの生成）タブで、下のスコープを貼り付け、期間に <b>10 minutes</b>（10 分）を選び、説明を入力します（例：「zcw」）。
step-2-self-li-3 = <b>Create</b>（作成）をクリックし（組織を尋ねられたら選びます）、続いて <b>DOWNLOAD</b>（ダウンロード）をクリックします。<code>self_client.json</code> が保存されます。
step-2-self-li-4 = その 10 分以内にここに戻り、<b>ダウンロードした self_client.json を選択</b>ボタンをクリックします。
label-self-scopes = スコープ
self-scopes-copy = コピー
label-self-name = 接続名
self-choose-file = ダウンロードした self_client.json を選択…
self-paste-summary = ファイルがない場合：コンソールに表示されるコード、Client ID、Client Secret を貼り付けます
label-self-code = コード
label-self-client-id = Client ID
label-self-client-secret = Client Secret
self-paste-button = 表示
    .aria-label = Client Secret を表示
self-import-values = これらの値を使う
self-delete-file = 今すぐファイルを削除
self-handover = 次へ：引き渡し
self-finish = 接続一覧へ
self-back = 戻る

## step-3

step-3-title = Client ID と Client Secret を保存
step-3-p = どちらも Zoho API コンソールからコピーしてください。シークレットは直接<strong data-l10n-name="s3-store"></strong>に保存されます。平文でファイルに書き込まれることはなく、このウィンドウに再び表示されることもありません。
s3-reconnect = このコンピューターにはもうこの接続がないため、Client Secret がもう一度必要です。Client ID は依頼に記載されたもので、変更できません。Zoho API コンソールでそのクライアントを開き、Client Secret をコピーしてください（または再生成します。その場合、回答には新しいシークレットが含まれます）。
s3-fingerprint-field-span = 依頼を送った人にこのフィンガープリントを読み上げてもらい、一致することを確認しました：<strong data-l10n-name="s3-fingerprint"></strong>
label-client-id = Client ID
label-client-secret = Client Secret
step-3-button = 表示
    .aria-label = Client Secret を表示
label-connection-name = 接続名
hint-connection-name = 一覧とキーチェーンに表示される、この接続の名前です。使えるのは文字、数字、スペース、アンダースコア（_）、ピリオド（.）、ハイフン（-）だけです。
store-error-p = シークレットは上の欄に残っています。失われたものはありません。
offer-file-store = 代わりに暗号化ファイルを使う
s3-file-store-explain = 暗号化ファイルのパスフレーズを決めてください（8 文字以上。互いに関係のない単語をいくつか並べると効果的です）。パスフレーズがないとファイル内のシークレットを読み出せないため、大切に保管してください。
label-s3-new-passphrase = パスフレーズ
label-s3-new-passphrase-again = パスフレーズ（確認）
s3-use-file-store = 暗号化ファイルを使って保存
saved-why-sign-in = 次に、このコンピューターから Zoho に 1 回サインインしてください。これで、このアプリがこの接続を使えるようになり、クライアントが正しく動作するかを確認できます。
saved-why-hand-over = この連携先は、自身で Zoho にサインインします。次に、Client ID と Client Secret を連携先に引き渡してください。このコンピューターからサインインする必要はありません（Zoho が 1 つのクライアントについて保持するサインインは 1 人 20 件までなので、不要なサインインは避けてください）。
saved-why-send = 次に、依頼した人に回答を送信してください。
saved-connect = 次へ：Zoho にサインイン
saved-handover = サインインを省略して引き渡し
saved-done = 後で：接続一覧へ
saved-summary = 開発者向け
saved-p = このコンピューター上のスクリプトは、<code data-l10n-name="code0"></code> でアクセストークンを取得できます。また、<code>zcw show</code> でこの接続を一覧表示できます。
back-3 = 戻る
save-secret = 安全に保存

## step-4

step-4-title = 「<span data-l10n-name="s4-name"></span>」用に Zoho にサインイン
step-4-p = ブラウザーで Zoho にサインインし、<b>Accept</b>（承認）をクリックします。その後、Zoho がブラウザーをこのアプリに戻し、サインインは<strong data-l10n-name="s4-store"></strong>に保管されます。
s4-reconnect = <strong>この接続はすでにサインイン済みです。</strong>もう一度サインインしてもかまいませんが、Zoho が 1 つのクライアントについて保持するのは各ユーザーの直近 20 件のサインインだけで、最も古いものは通知なく破棄されます。そのため、とても古いサインインをまだ使っているコンピューターやサーバーは、動作しなくなる可能性があります。
s4-scopes-field-legend = この接続に Zoho で何を許可しますか？
s4-scopes-hint = この接続を使うスクリプトに必要なものにチェックを入れてください。サインイン時に Zoho が同じ一覧を表示し、承認を求めます。各権限には、Zoho での名前（スコープ）が小さく添えてあります。
s4-scopes-field-span = どの Zoho アカウントでサインインしたかを表示
s4-advanced-summary = 詳細設定
label-s4-extra = その他の権限（Zoho のスコープ名をカンマ区切りで）
s4-advanced-label = <input data-l10n-name="s4-pkce"> PKCE でサインインを保護する（このクライアントのサインインを Zoho が拒否する場合にのみオフにします）
s4-waiting-strong = ブラウザーで Zoho にサインインするのを待っています…
s4-waiting-p = ブラウザーで <b>Accept</b>（承認）をクリックすると、このウィンドウは自動的に先へ進みます。
s4-waiting-p-2 = ブラウザーが開かない場合は、サインイン用のアドレスをブラウザーにコピーしてください：<span data-l10n-name="s4-url-copy"></span>
s4-show-causes = 何も起こらない場合
s4-help-p = <strong>何も起こらない、またはブラウザーにエラーが表示される場合は？</strong>考えられる原因（可能性の高い順）：
s4-paste-explain = ブラウザーのアドレスバーに表示されているアドレス全体（<code data-l10n-name="s4-redirect-2"></code> で始まるもの）：
label-s4-pasted = ブラウザーが最後に表示したアドレス
s4-use-pasted = このアドレスを使う
s4-help-p-2 = 登録するリダイレクト URI：<code data-l10n-name="s4-redirect-3"></code><span data-l10n-name="s4-redirect-copy"></span>
s4-help-summary = 詳細
s4-help-p-3 = サインイン用のアドレス：<code data-l10n-name="s4-url"></code>
s4-cancel = キャンセル
s4-confirm-p = <strong>別の Zoho アカウントでサインインしました。</strong>この接続はこれまで <strong data-l10n-name="strong0"></strong> でサインインしていましたが、今回は <strong data-l10n-name="strong1"></strong> でサインインしました。
s4-confirm-p-2 = 切り替えると、この接続を使うスクリプトは今後、新しいアカウントとして動作します。以前のアカウントのままにすると、新しいサインインは Zoho で取り消され、接続は元のままになります。
s4-keep = <bdi data-l10n-name="s4-keep-account"></bdi> に切り替え
s4-discard = <bdi data-l10n-name="s4-discard-account"></bdi> のままにする
s4-done-summary = 開発者向け
s4-done-p = このコンピューター上のスクリプトは、<code data-l10n-name="code0"></code> で新しいアクセストークンを取得できます。
s4-handover = 次へ：引き渡し
s4-finish = 接続一覧へ
back-4 = 戻る
s4-connect = Zoho にサインイン

## step-5

label-s5-clear = コピーしたシークレットをクリップボードから消去するまでの時間
s5-clear-option = 10 秒
s5-clear-option-2 = 30 秒
s5-clear-option-3 = 1 分
s5-clear-option-4 = 2 分
s5-clear-option-5 = 消去しない（別のものをコピーするまで）
s5-clear-hint = クリップボードにまだシークレットが残っている場合にのみ消去します。アプリの終了時には必ず消去します。また、コピーしたシークレットはクリップボードの履歴ツールに保存されないよう指定されています。
back-5 = 戻る
s5-done = 完了：接続一覧へ

## step-5-reply

reply-title = 回答を送信
step-5-reply-dt = 依頼者
step-5-reply-dt-2 = フィンガープリント
step-5-reply-p = ファイルとして保存してメールに添付するか、テキストとしてコピーしてメールに貼り付けてください。それ以外に、このコンピューターから送られるものはありません。
save-reply = 回答をファイルとして保存…
copy-reply = 回答をテキストとしてコピー
reply-code-box-p = 回答コード <strong data-l10n-name="reply-code"></strong>
reply-code-box-p-2 = 依頼した人から確認の電話があったら、このコードを読み上げてください。相手のアプリでも、回答をインポートするときに同じコードが表示されます。
reply-after-legend = このコンピューター上のこの接続はどうしますか？
reply-after-p = 後で接続を解除したり、シークレットを置き換えたりする可能性がある場合は、残しておいてください。削除すると、Client Secret とサインインがこのコンピューターからのみ削除されます。送信した回答は引き続き有効で、クライアントも Zoho に登録されたままです。
reply-keep = このコンピューターに残す
reply-remove = このコンピューターから削除

# 画面が組み立てる言葉

## 枠：ステップ表示、言語メニュー、共通の言葉

dc-label = { $id } · { $region }（{ $domain }）
details = 詳細
language-label = 言語
check-updates = アップデートを確認
update-title = アップデート
update-looking = 新しいバージョンを確認しています…
update-newest = 最新バージョン（{ $running }）をお使いです。
update-available = Zoho Credential Wizard のバージョン { $version } を利用できます。現在のバージョンは { $running } です。
update-notes-label = リリースノートに書かれている変更点：
update-no-notes = このリリースにはリリースノートがありません。
install-update = インストールして再起動
dismiss-update = 後で
update-installing = アップデートをダウンロードして、デジタル署名を確認しています…インストールが終わると、アプリが再起動します。
# $manager：apt（.deb）または dnf（.rpm）。
update-package = { $manager ->
        [apt] このアプリは .deb パッケージでインストールされているため、新しいバージョンはパッケージマネージャーでインストールします。ターミナルで次を実行してください：
       *[dnf] このアプリは .rpm パッケージでインストールされているため、新しいバージョンはパッケージマネージャーでインストールします。ターミナルで次を実行してください：
    }
update-package-repository = パッケージマネージャーで新しいバージョンが見つからない場合は、アプリのリポジトリを一度だけ追加する（方法は README を参照）か、プロジェクトのリリースページから新しいパッケージをダウンロードしてください。
auto-updates = 1 日 1 回、アプリの起動時に新しいバージョンを確認する
close-updates = 閉じる
language-system = コンピューターの言語
stepper-integration = 連携先
stepper-register = Zoho に登録
stepper-code = Zoho のコード
stepper-secret = Client Secret
stepper-sign-in = サインイン
stepper-hand-over = 引き渡し
stepper-reply = 回答を送信
stepper-done = （完了）
# エラーの値の一覧が空のときの表示（許可されたスコープがない場合など）。
none-on-record = 記録なし
removed-connection = 「{ $name }」とそのシークレットを削除しました。
copy = コピー
# 「コピー」ボタンがコピーする値のラベル（スクリーンリーダー用）。
copy-label = { $label } をコピー
copied = ✓ コピーしました
# The copy keys off a Mac (on a Mac the app says ⌘C).
copy-keys = Ctrl+C
copy-by-hand = テキストを選択して { $keys } を押してください
copied-kept = { $label } をコピーしました。別のものをコピーするまで、クリップボードに残ります。
copied-clears = { $label } をコピーしました。あと { $left } 秒でクリップボードを消去します。
copied-cleared = { $label }：クリップボードを消去しました（まだ残っていた場合）。
secret-kept-in = ••••••••（{ $store }に保管）
snippet-code = { $edition } のコード

## このコンピューターを確認

check-fine = { $check }：問題ありません
check-attention = { $check }：対応が必要です
check-fix = 対処方法：{ $fix }
checking = 確認しています…（最大 10 秒）
checks-attention = 対応が必要な項目が { $problems } 件あります。
checks-fine = このアプリに必要なものは、すべて揃っています。

## 依頼と一緒に送るメール（プレーンテキスト：改行はそのまま残します）

email-new =
    お世話になっております。

    { $from } より、御社の Zoho アカウントで「{ $name }」用の Zoho API クライアントを作成していただくよう、お願い申し上げます。この作業は Zoho の管理者の方のみが行えます。所要時間は 5 分ほどで、パスワードやシークレットをメールで送ることはありません。

    1. Zoho Credential Wizard（無料）をインストールしてください：{ $downloads }
    2. 添付ファイル { $file } をこのアプリで開いてください。添付ファイルがない場合は、アプリで「受け取った依頼を開く」をクリックし、このメールの末尾にあるリンクを貼り付けてください。
    3. 以前からご存じの電話番号に当方からお電話し、依頼のフィンガープリントを読み上げます。アプリに表示されるものと一致する場合にのみ、先へ進んでください。異なる場合は、途中で依頼が改ざんされていますので、作業を中止してください。
    4. アプリの手順に従ってください。最後に回答が作成されますので、このメールへの返信に添付してください。

    この依頼の有効期限は { $expires } です。

    依頼のリンク（手順 2 で、添付ファイルがない場合のみ使用します）：
    { $link }
email-reconnect =
    お世話になっております。

    { $from } より、接続「{ $name }」を引き続き使えるよう、Zoho にもう一度サインインしていただくよう、お願い申し上げます。新たに作成するものはなく、パスワードやシークレットをメールで送ることもありません。

    1. Zoho Credential Wizard（無料）をインストールしてください：{ $downloads }
    2. 添付ファイル { $file } をこのアプリで開いてください。添付ファイルがない場合は、アプリで「受け取った依頼を開く」をクリックし、このメールの末尾にあるリンクを貼り付けてください。
    3. 以前からご存じの電話番号に当方からお電話し、依頼のフィンガープリントを読み上げます。アプリに表示されるものと一致する場合にのみ、先へ進んでください。異なる場合は、途中で依頼が改ざんされていますので、作業を中止してください。
    4. アプリの手順に従ってください。最後に回答が作成されますので、このメールへの返信に添付してください。

    この依頼の有効期限は { $expires } です。

    依頼のリンク（手順 2 で、添付ファイルがない場合のみ使用します）：
    { $link }

## 分かりやすい言葉で示す権限（手順 4）。各権限の横に Zoho のスコープ名を表示します

scope-crm-modules = レコード（見込み客、連絡先、商談など）の読み取りと変更
scope-crm-settings = 設定（項目、レイアウト）の読み取りと変更
scope-crm-users = ユーザーの読み取りと管理
scope-crm-org = 組織情報の読み取りと変更
scope-crm-coql = クエリ（COQL）によるレコードの検索
scope-books = Books のすべて
scope-inventory = Inventory のすべて
scope-desk-tickets = チケットの読み取りと変更
scope-desk-basic = 部門と担当者の読み取り
scope-analytics = データの読み取りと変更
scope-creator-reports = レポートの読み取り
scope-creator-forms = フォームからのレコードの追加

## 共通のボタンと、Zoho API コンソール自身の項目名（Zoho のラベルはコンソールの表示どおりに残します）

show = 表示
hide = 非表示
console-opened = ブラウザーで { $url } を開きました。
console-opened-copy = ブラウザーで { $url } を開きました。開かない場合は、アドレスをブラウザーにコピーしてください：
console-address = コンソールのアドレス
zoho-client-type = クライアントの種類
zoho-client-name = Client Name（クライアント名）
zoho-homepage = Homepage URL（ホームページ URL）
zoho-redirect-uri = Authorized Redirect URI（承認済みリダイレクト URI）
zoho-redirect-uri-numbered = Authorized Redirect URI（承認済みリダイレクト URI）{ $number }

## Self Client

self-saved = 「{ $name }」を保存しました · { $dc } · シークレットとトークンは{ $store }に保管 · ••••{ $last4 }
self-file-warning = 警告：ダウンロードしたファイル { $file } には、Client Secret がまだ平文で含まれており、このコンピューターにアクセスできる人なら誰でも読めます。ほかで必要な場合を除き、今すぐ削除してください。
self-no-file = ファイルには何も保存されていません。コンソールで self_client.json もダウンロードした場合は、削除してください。シークレットが平文で含まれています。
self-file-deleted = { $path } を削除しました。
copy-scopes-by-hand = スコープを選択して { $keys } を押してください

## サインインやインポートの後のテスト呼び出し

test-call-running = Zoho を 1 回呼び出して、接続をテストしています…
test-call-reached = テスト完了：{ $reached } にアクセスできました。
test-call-tokens = テスト完了：Zoho から有効なトークンを受け取れます（この接続の権限では、テスト用の呼び出しができません）。
test-call-failed = テスト用の呼び出しが失敗しました：{ $problem }

## シークレットの保存先と連携先

store-in-keychain = このコンピューターのキーチェーン
store-in-encrypted-file = 暗号化ファイル
store-in-vault = チームストア（OpenBao/Vault）
store-label-keychain = キーチェーン
store-label-encrypted-file = 暗号化ファイル
store-label-vault = チームストア
template-catalyst = Catalyst アプリ
template-hotglue = hotglue / Optiply
template-custom = カスタム
template-self-client = Self Client

## 接続一覧の画面

verdict-working = 正常に動作しています
verdict-unreachable = 未確認：Zoho にアクセスできません
verdict-rate_limited = 未確認：Zoho から待つよう求められています（回数制限）
verdict-failed = 確認に失敗しました
verdict-scope_missing = 権限が不足しています
verdict-needs_sign_in = もう一度サインインが必要です
verdict-client_rejected = Zoho がシークレットを受け付けなくなりました
action-sign-in-again = もう一度サインイン
action-ask-customer = お客様に再接続を依頼
action-replace-secret = シークレットを置き換え
# スクリーンリーダー用のボタンのラベル：操作、続いて対象の接続。
action-for = { $action }：{ $name }
status-connected-renews = 接続済み · 自動で更新されます
status-connected = 接続済み
status-secret-saved = シークレット保存済み
open-connection = 「{ $name }」を開く
store-now-keychain = 新しいシークレットは、今後このコンピューターのキーチェーンに保存されます。
store-now-encrypted-file = 新しいシークレットは、今後暗号化ファイルに保存されます。
store-now-team = { $address } のチームストアに、{ $token }でアクセスしました。保管されている接続は { $count } 件です。新しい接続とそのシークレットは、今後このチームストアに保存されます。
token-entered = 入力したトークン
token-variable = 環境変数 { $name } に設定されたトークン
token-token-file = ファイル { $path } に保存されたトークン
token-app-role = AppRole によるログイン
damaged-question = レコード「{ $name }」を、その Client Secret とトークンとともにチームストアから削除しますか？チームストアを使うすべてのコンピューターで削除されます。ほかには何も変わりません。削除した後に、接続をもう一度追加してください。
damaged-delete = 破損したレコードを削除
damaged-offer = 破損したレコードを削除…
cancel = キャンセル
try-again = 再試行

## 手順 1 と手順 3

still-needed = まだ入力が必要な項目：{ $fields }
# 入力が必要な項目名の区切り。
list-separator = 、
correct-fields = 続けるには、赤で示された項目を修正してください。
org-id-taken = ✓ アドレスから Org ID { $org } を取得しました。
field-dc = データセンター
field-template = 連携先
field-client-name = クライアント名
field-loopback-port = このアプリのポート
field-catalyst-project = プロジェクト名
field-catalyst-org = Org ID
field-catalyst-environment = 環境
field-catalyst-function = 関数名
field-catalyst-serve-port = ローカルの serve ポート
field-hotglue-homepage = ホームページ URL
field-custom-homepage = ホームページ URL
field-custom-redirect-uris = リダイレクト URI
field-connection-name = 接続名
field-client-id = Client ID
field-client-secret = Client Secret
field-passphrase = パスフレーズ
field-pasted-address = 貼り付けたアドレス
field-team-address = チームストアのアドレス
field-team-mount = KV マウント
field-team-prefix = プレフィックス
field-team-role-id = AppRole のロール ID
field-request-from = 依頼者
field-request-expires = 有効期間
next-sign-in-to-zoho = 次へ：Zoho にサインイン
also-sign-in-here = このコンピューターからもサインイン
skip-to-hand-over = サインインを省略して引き渡し
next-hand-over = 次へ：引き渡し
next-send-reply = 次へ：回答を送信
skip-to-send-reply = サインインを省略して回答を送信
saving = 保存しています…
saved-in = { $store }に保存しました · ••••{ $last4 }
saved-placeholder = ✓ 保存済み

## 手順 4：サインイン

choose-a-permission = この接続に許可することを、1 つ以上選んでください。
# サインインを待つ間のカウントダウン：$time は「分:秒」です。
time-left = 残り { $time }
redirect-uri = リダイレクト URI
sign-in-address = サインイン用のアドレス
copy-sign-in-address = サインイン用のアドレスをコピー
browser-did-not-open = ブラウザーが開きませんでした（{ $reason }）。
pkce-off = このサインインに限り、PKCE はオフです。Zoho が PKCE 付きのサインインを拒否する場合を除き、オンのままにしてください。

## 接続の詳細

disconnect-question = 「{ $name }」の接続を解除しますか？サインインは Zoho で取り消され、ここでも削除されるため、この接続を使うすべてのスクリプトとサーバーが動作しなくなります。Client Secret は残るので、後でもう一度サインインできます。
remove-question = 「{ $name }」を削除しますか？Client Secret とトークンが{ $store }から削除され、接続はこの一覧から消えます。クライアントは Zoho に登録されたままです。不要な場合は、Zoho API コンソールで削除してください。
remove-question-signed-in = 「{ $name }」を削除しますか？まず Zoho でサインインが取り消され、その後 Client Secret とトークンが{ $store }から削除されて、接続はこの一覧から消えます。クライアントは Zoho に登録されたままです。不要な場合は、Zoho API コンソールで削除してください。
new-secret-saved = ✓ 新しいシークレットを{ $store }に保存しました · ••••{ $last4 }
renamed = ✓ 名前を「{ $name }」に変更しました。
sign-in-to-zoho = Zoho にサインイン
fact-dc = データセンター
fact-client-id = Client ID
fact-integration = 連携先
fact-secret-in = シークレットの保存先
fact-signed-in-as = サインインしたアカウント
no-profile-scope = （profile スコープが許可されていません）
fact-api-domain = API ドメイン
fact-access-until = アクセストークンの有効期限
fact-created = 作成日時
fact-updated = 更新日時

## お客様とのやり取り：依頼と回答

cancel-request = 依頼「{ $name }」をキャンセル
request-form-title = お客様に何を作成してもらいますか？
reconnect-request-made = 再接続の依頼を送信する準備ができました
email-text = メールの文面
copy-email-text = メールの文面をコピー
default-scopes = 既定のスコープ
reply-holds = 回答には、この接続の Client ID と Client Secret が含まれます。この依頼の鍵でしか開けないように暗号化されます。
reply-holds-sign-in = 回答には、この接続の Client ID、Client Secret、サインインが含まれます。この依頼の鍵でしか開けないように暗号化されます。
reply-saved = ✓ { $path } に保存しました。依頼が届いたメールへの返信に添付してください。
reply-copied = ✓ コピーしました。依頼が届いたメールへの返信に貼り付けてください。
fingerprint-unknown = 不明（以前のバージョンで開いた依頼です）
replaces-sign-in-of = 新しいサインインが、ここで保管している { $account } のサインインを置き換えます
replaces-sign-in = 新しいサインインが、ここで保管しているサインインを置き換えます
account-confirmed = （回答に含まれるサインインで、Zoho が確認しました）
account-as-reply-says = （回答に記載されたとおりです。Zoho で確認できなかったため、お客様から聞いた内容と照らし合わせてください）
account-not-known = 不明
account-none = なし
account-no-profile = （サインインに profile スコープが含まれていませんでした）
account-no-sign-in = （回答にサインインは含まれていません。クライアントのみです）
confirm-account-and-client = これはお客様の Zoho アカウントとクライアントです
confirm-client = これはお客様の Zoho クライアントです
reply-late = この回答は、依頼の期限が切れた後に届きました（{ $late }）。依頼を見た人なら誰でも回答できた可能性があります。お客様からのこの回答を想定していた場合にのみ、インポートしてください。
earlier-revoked = 以前のサインインは Zoho で取り消されました。
earlier-gone = 以前のサインインは、Zoho ですでに使えなくなっていました。
earlier-not-revoked = 以前のサインインは、今は取り消せませんでした（Zoho にアクセスできませんでした）。お客様の管理者が、Zoho アカウントの Connected Apps（接続済みアプリ）から削除できます。
reconnected = 「{ $name }」を再接続しました。新しいサインインが以前のサインインを置き換えました。
secret-regenerated = Client Secret が再生成されていたため、{ $store }の古いシークレットを新しいものに置き換えました · ••••{ $last4 }
imported = 「{ $name }」をインポートしました · { $dc } · シークレットは{ $store }に保存 · ••••{ $last4 }
request-saved = ✓ { $path } に保存しました。
link-copied = ✓ リンクをコピーしました。メールに貼り付けてください。
removed-here = 「{ $name }」をこのコンピューターから削除しました。

## サインインの結果が戻らない理由（手順 4 の待機画面）

cause-redirect-uri = Zoho API コンソールに登録されたリダイレクト URI が、{ $uri } と完全には一致していません（同じポート、末尾のスラッシュなし、127.0.0.1 ではなく localhost）。この場合、Zoho はこのアプリに戻らず、ブラウザーに「Invalid Redirect Uri」と表示します。コンソールで、この URI をクライアントに追加してください。
cause-other-data-centre = クライアントが、{ $console } とは別のデータセンターのコンソールに登録されています。使ったコンソールが、選んだデータセンターと一致しているか確認してください。
cause-other-computer = ブラウザーが別のコンピューター上にあるか、このコンピューターにアクセスできません。Accept（承認）の後にブラウザーが最後に表示したアドレスをコピーして、ここに貼り付けてください。
cause-start-again = もう一度サインインを始め、ブラウザーで最後まで完了してください。
connected-summary = { $account } で接続済み · { $dc } · { $scopes }
your-zoho-account = お使いの Zoho アカウント
dc-changed = Zoho は { $from } ではなく { $to } のデータセンターから応答しました。この接続は今後 { $to } を使います。

## 結果の横に表示する注記と警告

note-client-id-shape = Zoho の Client ID の形式ではないようです（通常は、1000. の後に英大文字と数字が 30 文字続きます）。Client ID 全体をコピーしたか確認してください。
note-client-secret-shape = Zoho の Client Secret の形式ではないようです（通常は、英小文字と数字の 42 文字です）。すべてコピーしたか確認してください。
note-console-unconfirmed = { $dc } のコンソールのアドレス { $console } は、Zoho によって確認されていません。開かない場合は、{ $accounts } にサインインし、そこから API Console を選んでください。
note-catalyst-host-assumed = { $dc } データセンターの Catalyst のホストは Zoho の資料に記載がないため、{ $host } と仮定しています。アプリのドメインを、Catalyst コンソールに表示されるアプリの URL と比べてください。
note-production-unconfirmed = 本番環境（Production）のアプリのドメイン（.production.）は、Zoho によって確認されていません。Catalyst コンソールに表示されるアプリの URL と比べてください。

## 手順 5：引き渡し（値の名前、続いて連携先ごとの方法）

value-client-id = Client ID
value-client-secret = Client Secret
value-accounts-server = アカウントサーバー
value-api-domain = API ドメイン
value-refresh-token = リフレッシュトークン
handover-hotglue-title = Optiply に Zoho を追加
handover-hotglue-intro = Optiply（hotglue 経由）は、Optiply 自身が Zoho にサインインします。必要なのは Client ID と Client Secret だけで、このアプリのトークンは使いません。
handover-way-optiply = Optiply のダッシュボードで
handover-step-optiply-add = Settings > Integrations（設定 > 連携）を開き、Zoho をデータソースとして追加します。
handover-step-optiply-paste = 上の「コピー」ボタンで Client ID と Client Secret を 1 つずつコピーし、Optiply の画面に貼り付けます。
handover-step-optiply-consent = その後、Optiply が Zoho の同意画面を開きます。そこで Accept（承認）をクリックすると、Zoho はブラウザーを、手順 2 で登録した hotglue のリダイレクト URI { $hotglue } に戻します。
handover-catalyst-title = Catalyst の関数に認証情報を引き渡す
handover-catalyst-intro = { $function } 関数は、Zoho のコードをトークンと交換します。そのために Client ID と Client Secret が必要です。アプリは、各ユーザーのリフレッシュトークンを専用の Data Store テーブルに保管します。
handover-way-environment = より安全な方法：関数の環境変数として設定
handover-step-environment-open = Catalyst コンソールで、Serverless > Functions > { $function } > Configuration > Environment variables を開きます。
handover-step-environment-add = { $idVar } に Client ID を、{ $secretVar } に Client Secret を設定して追加します（Development 用と、デプロイするときは Production 用にも）。
handover-step-environment-replace = コード内の定数を、この 2 行に置き換えます。
handover-way-constants = 関数のコード内の定数として設定（LeadManager チュートリアルと同じ方法）
handover-step-constants-node = Node.js 版：functions/{ $function }/index.js で、CLIENTID に Client ID を、CLIENT_SECRET に Client Secret を設定します。
handover-step-constants-python = Python 版：functions/{ $function }/main.py で、CLIENT_ID と CLIENT_SECRET を設定します。
handover-step-constants-client = ブラウザー側のコード（client/main.js）に必要なのは、Client ID だけです。
handover-warning-never-commit = 関数のコードに書き込んだ Client Secret は、決して公開リポジトリにコミットしないでください。読んだ人なら誰でも、あなたのクライアントとして操作できてしまいます。コミットしてしまった場合は、Zoho API コンソールでシークレットを再生成してください。
handover-custom-title = 独自のスクリプトから接続を使う
handover-custom-intro = シークレットをプログラムの設定にコピーする代わりに、起動時に zcw から新しいアクセストークンを受け取るようにしてください。
handover-way-command-line = コマンドラインから
handover-step-zcw-exec = zcw exec { $name } -- ./your-script は、{ $idVar }、{ $tokenVar }（少なくとも 5 分間有効）、{ $apiVar }、{ $accountsVar }、{ $dcVar } をそのスクリプトの環境にだけ設定して、スクリプトを実行します。
handover-step-zcw-token = zcw token { $name } は、有効なアクセストークンを表示します。1 回のリクエストごとに使います。
handover-step-zcw-export = zcw export { $name } --format dotenv は、同じ値を、それを読み込むツール向けに表示します。シークレットは指定した場合にのみ表示されます。

## このコンピューターを確認：各確認項目の名前、確認結果、対処方法

doctor-check = 確認
doctor-stopped = 確認が最後まで終わる前に停止しました。
doctor-run-again = もう一度確認してください。
doctor-keychain = キーチェーン
doctor-keychain-ok = このコンピューターのキーチェーンは応答しており、ロックも解除されています。
doctor-keychain-lost-entry = このコンピューターのキーチェーンはテスト用の項目を受け付けましたが、その項目を読み出せませんでした。
doctor-keychain-unavailable = このコンピューターのキーチェーンを使用できません（{ $reason }）。
doctor-keychain-locked = このコンピューターのキーチェーンがロックされているか、アクセスを拒否しました（{ $reason }）。
doctor-keychain-timeout = このコンピューターのキーチェーンが { $seconds } 秒以内に応答しませんでした。
doctor-keychain-failed = { $reason }
doctor-keychain-restart = { $platform ->
        [windows] Windows の資格情報マネージャーを再起動するか、暗号化ファイルを使ってください。
        [macos] ログインキーチェーン（キーチェーンアクセス）を再起動するか、暗号化ファイルを使ってください。
       *[other] キーリング（GNOME Keyring または KWallet）を再起動するか、暗号化ファイルを使ってください。
    }
doctor-keychain-install = { $platform ->
        [windows] Windows の資格情報マネージャーを起動するか、暗号化ファイルを使ってください。
        [macos] ログインキーチェーン（キーチェーンアクセス）を起動するか、暗号化ファイルを使ってください。
       *[other] キーリング（GNOME Keyring または KWallet）をインストールして起動するか、暗号化ファイルを使ってください。
    }
doctor-keychain-unlock = { $platform ->
        [windows] Windows の資格情報マネージャーのロックを解除してから（通常は Windows にログインすると解除されます）、もう一度確認してください。
        [macos] キーチェーンアクセスでログインキーチェーンのロックを解除してから（通常は Mac にログインすると解除されます）、もう一度確認してください。
       *[other] キーリング（GNOME Keyring または KWallet）のロックを解除してから（通常はデスクトップにログインすると解除されます）、もう一度確認してください。
    }
doctor-keychain-waiting = ダイアログでパスワードの入力を待っている可能性があります。ロックを解除してから、もう一度確認してください。
doctor-ports = サインイン用のポート
doctor-ports-free = localhost のポート { $ports } は空いているため、サインインに使えます。
doctor-ports-busy = 使用中のポート：{ $ports }
doctor-ports-fix = サインインする前にそのプログラムを終了するか、この接続に別のポートを指定し、Zoho API コンソールでそのポート用の http://localhost:PORT/callback を登録してください。
doctor-browser = ブラウザー
doctor-browser-set = $BROWSER で { $program } が指定されており、見つかりました。
doctor-browser-missing = $BROWSER で { $program } が指定されていますが、見つかりません。
doctor-browser-fix = BROWSER に、このコンピューターにインストールされているブラウザーを設定してください。または、BROWSER の設定を解除して、デスクトップの既定のブラウザーを使ってください。
doctor-browser-no-xdg-open = デスクトップのブラウザーを開くための xdg-open がインストールされていません。
doctor-browser-install = xdg-utils をインストールするか、BROWSER にお使いのブラウザーを設定してください。サインイン用のアドレスを手動でコピーすることもできます。
doctor-browser-default = アドレスは、デスクトップの既定のブラウザーで開きます。
doctor-updates = アップデート
doctor-updates-available = バージョン { $newest } を利用できます。現在のバージョンは { $running } です。
doctor-updates-fix = アプリを更新してください。インストールに使ったパッケージマネージャーで更新する（sudo apt update && sudo apt upgrade、または sudo dnf upgrade）か、アプリの「アップデートを確認」から更新します。
doctor-updates-off = 現在のバージョンは { $running } です。アプリは新しいバージョンを自動では確認しません（アプリでオフになっています）。
doctor-updates-current = 現在のバージョンは { $running } です。前回の確認で見つかった最新バージョンです。
doctor-updates-not-yet = 現在のバージョンは { $running } です。新しいバージョンはまだ確認していません。
doctor-folder = 設定フォルダー
doctor-folder-private = { $path } には、あなただけがアクセスできます。
doctor-folder-other-owner = { $path } は、別のユーザーのものです。
doctor-folder-open = { $path } には、ほかのユーザーもアクセスできます（アクセス権 { $mode }）。
doctor-folder-files-open = { $path } 内の { $files } には、ほかのユーザーもアクセスできます。
doctor-folder-narrowed = 次に保存するときに、アプリがアクセスをあなただけに制限します。または、ZCW_CONFIG_DIR に自分のフォルダーを設定してください。
doctor-folder-unreadable = { $reason }
doctor-folder-own = ZCW_CONFIG_DIR に自分のフォルダーを設定してください。
doctor-server = Zoho { $dc }（{ $host }）
doctor-server-override = アカウントサーバー { $host }
doctor-server-fix = インターネット回線、プロキシ、ファイアウォールを確認してください。
doctor-server-silent = { $seconds } 秒以内に応答がありませんでした。
doctor-server-unreachable = アクセスできません：{ $reason }。
doctor-clock-off = アクセスできますが、このコンピューターの時計が Zoho の時計と { $offset } 秒ずれています。
doctor-clock-fix = 時計を正しく合わせてください（時刻の自動設定をオンにします）。時計が数分ずれていると、Zoho のコードとトークンが使えなくなります。
doctor-clock-agrees = アクセスできます。時計も合っています（ずれは { $offset } 秒）。
doctor-reachable = アクセスできます。

## お客様に送った依頼（接続一覧の画面での表示）

request-waiting = 回答待ち · 有効期限 { $expires }
request-expired = 期限切れ（{ $expires }）· 回答はインポートされていません
request-answered = 回答済み（{ $when }）
disconnected-revoked = Zoho が「{ $name }」のサインイン（リフレッシュトークンと、そこから作成されたアクセストークン）を取り消しました。
disconnected-alreadyRevoked = 「{ $name }」のサインインは、Zoho ではすでに使えなくなっていました。
disconnected-localOnly = 「{ $name }」のトークンは、ここでのみ削除されました。Zoho ではまだ使える可能性があります。Zoho アカウントの Connected Apps（接続済みアプリ）で、サインインを手動で取り消してください。
disconnected-notSignedIn = 「{ $name }」には、取り消すサインインがありませんでした。

## Catalyst チュートリアルの関数名（エディション別、手順 1）

edition-crm_crud = Node.js 版と Java 版
edition-lead_manager_function = Python 版

# エラー：それぞれ、何が起きたかを述べ、次にどうすればよいかを示します


## reached

reached-crm-org = CRM の組織 { $org }
reached-crm-user = CRM のユーザー { $email }
reached-crm-leads = CRM の Leads モジュール
reached-crm-no-leads = CRM の Leads モジュール（リードはまだありません）
reached-zoho-account = Zoho アカウント { $email }


## エラーが示す値の問題点：それぞれ、エラーの文の一部になります。
## 「チームストアのアドレス『…』は使用できません：」または「ZCW_… の値『…』は使用できません：」の後に続きます：
flaw-address-empty = 空です。サーバーのアドレスを指定してください（例：https://vault.example.com:8200）
flaw-address-not-web = Web アドレスではありません
flaw-address-has-path = パスが含まれています。サーバーのアドレスだけを指定してください
flaw-address-unencrypted = シークレットが暗号化されずに別のコンピューターへ送られてしまいます。https:// を使ってください
flaw-address-other-scheme = https:// でも、このコンピューター上の http:// でもありません
flaw-address-has-credentials = ユーザー名またはパスワードが含まれています
## 「この依頼の依頼者名は、アプリでは表示しません：」の後に続きます：
flaw-sender-empty = 空欄です
flaw-sender-spaced = 前後に空白があるか、空白が 2 つ以上続いています
flaw-sender-too-long = { $max } 文字を超えています
flaw-sender-like-code = フィンガープリントのような形のコードが含まれています
flaw-sender-hidden-characters = 画面の表示を隠したり並べ替えたりできる文字（制御文字や書式設定文字）、またはその他の記号が含まれています
## 「貼り付けたアドレスは、この接続のサインイン結果のアドレスではありません（…）」の（）内に入ります：
flaw-pasted-not-web = Web アドレスではありません
flaw-pasted-no-redirect-uri = この接続に有効なリダイレクト URI がありません
flaw-pasted-elsewhere = 別の場所を指しています
flaw-pasted-other-attempt = 別のサインインのアドレスです
flaw-pasted-repeated = { $part } が 2 回以上含まれています
flaw-pasted-no-code = コードが含まれていません
## 「『…』への回答に、使用できない値が含まれています：」または「チームストアのレコード … が破損しています：」の後に続きます：
flaw-other-connection = 「{ $name }」ではなく、別の接続のものです
flaw-name-not-allowed = 使用できない接続名が指定されています
flaw-client-id-unusable = Client ID が、Zoho が発行する形式ではありません
flaw-client-secret-unusable = Client Secret が、Zoho が発行する形式ではありません
flaw-other-client = この接続が使っているものとは別のクライアントのものです
flaw-unknown-data-centre = Zoho にないデータセンターが指定されています
flaw-other-data-centre = クライアントは { $dc } のデータセンターにありますが、依頼では { $asked } が指定されていました
flaw-registration-invalid = 依頼の登録内容（{ $field ->
        [none] いずれかの値
       *[other] { $field }
    }）が、回答のデータセンターでは有効ではありません
flaw-no-sign-in = 依頼ではサインインを求めていましたが、サインインが含まれていません
flaw-untrusted-accounts-server = アカウントサーバーが、信頼できる Zoho のアカウントサーバーではありません
flaw-accounts-server-elsewhere = アカウントサーバーが、{ $dc } ではなく { $other } のデータセンターのものです
flaw-api-domain-elsewhere = API ドメインが、{ $dc } のデータセンターのもの（{ $expected }）ではありません
flaw-scopes-not-zohos = スコープが Zoho のスコープ名ではありません
flaw-account-not-address = サインインしたアカウントがメールアドレスではありません
flaw-connection-gone = 再接続の対象の接続が、ここにはもうありません
flaw-client-changed = ここにある接続は、現在は別のクライアントを使っています
flaw-data-centre-changed = 依頼の後に、ここにある接続のデータセンターが変更されています
flaw-signed-in-since = 依頼の作成後に、ここでこの接続にもう一度サインインしています
flaw-account-unnamed = 依頼ではサインインしたアカウントの確認を求めていましたが、Zoho がどのアカウントのサインインかを示していません
flaw-account-not-zohos = 記載されたアカウントが、Zoho が示すサインインしたアカウント（{ $zoho }）と異なります
flaw-other-account = この接続のアカウント（{ $earlier }）とは別の Zoho アカウントでサインインしています
flaw-account-unknown = Zoho がどのアカウントでサインインしたかを示していません（この接続のアカウントは { $earlier } でした）
flaw-kept-under-another = 「{ $key }」として保管されていますが、別の接続のものです
flaw-port-unusable = このアプリのポートが使用できません
flaw-redirect-uri-unusable = 使用できないリダイレクト URI が含まれています
flaw-homepage-unusable = ホームページ URL が使用できません
flaw-client-name-not-allowed = 使用できないクライアント名が指定されています
flaw-signed-in-at-unknown = サインインしたデータセンターとして、Zoho にないデータセンターが記録されています
flaw-request-unusable = 接続の元になった依頼が使用できません

## 本人に代わって行ったこと（接続一覧の上に表示します）
notice-cached-token-replaced = 「{ $name }」の保存済みのアクセストークンは、有効期限、更新の時刻、または API ドメインが正しくなく、Zoho が発行したものとは考えられないため、新しいものに置き換えました。
notice-token-not-kept = 「{ $name }」の新しいアクセストークンを、次回の呼び出し用に保存できませんでした。今回はそのまま 1 回だけ使いました。この接続のシークレットの保存先を確認してください。
notice-request-removed = 依頼「{ $name }」は、回答のないまま期限切れになりました（{ $when }）。依頼はその鍵とともに削除したため、この依頼への回答は開けません。まだ必要な場合は、新しい依頼を作成してください。

## why

why-never-connected = まだ一度も接続されていません
why-refresh-token-missing = リフレッシュトークンがありません
why-refresh-token-refused = Zoho がリフレッシュトークンを受け付けなくなりました（取り消されたか、新しいサインインに押し出されました。Zoho が保持するのは 1 人 20 件までです）
why-disconnected-during-refresh = アクセストークンの更新中に接続が解除されました
why-disconnected = 接続が解除されました
why-no-refresh-token = リフレッシュトークンがありません

## InputError

error-unknown_data_centre = 「{ $given }」は不明なデータセンターです。次のいずれかを選んでください：{ $known }。
# クライアント名：文字、数字、スペース、_、& のみ（ハイフン、アポストロフィ、ピリオドは使えません）。
suggested-client-name = 自社用 Zoho クライアント
error-client_name_empty = クライアント名を入力してください（例：{ $example }）。
error-client_name_invalid_chars = クライアント名に { $chars } が含まれています。Zoho で使えるのは、文字、数字、スペース、_、& のみです。
error-port_empty = ポート番号を入力してください（{ $min }～{ $max }）。
error-port_not_number = 「{ $given }」はポート番号ではありません。{ $min }～{ $max } の整数を入力してください。
error-port_out_of_range = ポート { $value } は範囲外です。{ $min }～{ $max } のポートを使ってください。
error-ports_clash = ポート { $port } は、ローカルの serve ポートと同じです。このアプリのループバックアドレスには、別のポートを選んでください。
error-project_name_empty = Catalyst のプロジェクト名を、Catalyst コンソールに表示されているとおりに入力してください（例：LeadManager）。
error-project_name_invalid_chars = プロジェクト名に { $chars } が含まれています。英字と数字のみを使ってください（スペースは削除され、大文字は小文字になります）。
error-org_id_empty = Org ID を入力してください。Catalyst コンソールのアドレスで /baas/ の後にある数字です。アドレス全体を貼り付けてもかまいません。
error-org_id_not_numeric = Org ID「{ $given }」は数字ではありません。Catalyst コンソールのアドレスで /baas/ の後にある数字をコピーするか、アドレス全体を貼り付けてください。
error-org_id_not_in_url = このアドレスには Org ID が含まれていません。Catalyst コンソールでプロジェクトを開き、ブラウザーのアドレスバーからアドレスをコピーしてください（/baas/ の後に数字が続くアドレスです）。
error-unknown_environment = 「{ $given }」は不明な環境です。development または production を選んでください。
error-function_name_empty = 関数名を入力してください（Node.js 版と Java 版は crm_crud、Python 版は lead_manager_function）。
error-function_name_invalid_chars = 関数名に { $chars } が含まれています。英字、数字、_、- のみを使ってください。
error-url_empty = https:// で始まるアドレスを入力してください。
error-url_malformed = 「{ $given }」は完全な Web アドレスではありません（{ $reason }）。https://example.com/... の形式で入力してください。
error-url_not_https = 「{ $given }」は https:// で始まる必要があります（http:// は localhost の場合にのみ使えます）。
error-url_loopback_ip = Zoho は、リダイレクト URI に 127.0.0.1 や [::1] を使うことを認めていません。代わりに「{ $suggestion }」と入力してください。
error-url_has_query_or_fragment = 「{ $given }」に、クエリ（?...）またはフラグメント（#...）が含まれています。? または # 以降をすべて削除してください。
error-url_has_credentials = 「{ $given }」に、ユーザー名またはパスワードが含まれています。@ より前の部分を削除してください。
error-connection_name_empty = この接続の名前を入力してください（例：LeadManagerApp）。
error-connection_name_invalid_chars = 接続名に { $chars } が含まれています。文字、数字、スペース、_、.、- のみを使ってください。
error-connection_name_too_long = 接続名が長すぎます。{ $max } 文字以内にしてください。
error-connection_exists = 「{ $name }」という名前の接続はすでにあります。別の名前を選ぶか、その接続を開いてシークレットを置き換えてください。
error-connection_not_found = 「{ $name }」という名前の接続はありません。
error-client_id_empty = Zoho で Create（作成）をクリックした後に表示された Client ID を貼り付けてください。
error-client_id_looks_like_secret = これは Client ID ではなく、Client Secret のようです。これは Client Secret の欄に貼り付け、この欄には Client ID（1000. で始まります）をコピーしてください。
error-client_id_has_spaces = Client ID にスペースが含まれています。前後に何も含めずに、Zoho API コンソールからもう一度コピーしてください。
error-client_secret_empty = Zoho で Create（作成）をクリックした後に表示された Client Secret を貼り付けてください。
error-client_secret_looks_like_id = これは Client Secret ではなく、Client ID（1000. で始まります）のようです。ここには Client Secret を貼り付けてください。Zoho API コンソールでは、Client ID の下に表示されています。
error-passphrase_too_short = パスフレーズが短すぎます。{ $min } 文字以上にしてください。互いに関係のない単語をいくつか並べるのが理想的です。
error-passphrase_mismatch = 2 つのパスフレーズが一致しません。同じパスフレーズを 2 回入力してください。
error-wrong_passphrase = 暗号化ファイルのパスフレーズが違います。ファイルの作成時に決めたパスフレーズではありません。
error-server_url_rejected = { $variable } の値「{ $value }」は使用できません：{ $reason }。https:// のアドレスか、このコンピューター上のみの http://（127.0.0.1、[::1]、localhost）を設定するか、設定を解除してください。
error-account_changed = { $now } でサインインしましたが、この接続はこれまで { $previous } でサインインしていました。新しいサインインは保持されず、そのトークンは取り消されました。
error-team_address_rejected = チームストアのアドレス「{ $value }」は使用できません：{ $reason }。
error-team_path_invalid = { $field }「{ $value }」は、チームストアのパスとして使えません。英字、数字、_、-、. を使い、各部分を / で区切ってください。
error-team_app_role_incomplete = AppRole には、ロール ID と、シークレット ID を保存したファイルの両方が必要です。両方を指定するか、トークンを使う場合はどちらも指定しないでください。
error-connection_name_dots = 接続名をドットだけにすることはできません。文字か数字も使ってください。
error-requester_empty = 依頼者を、お客様の管理者が知っている名前で入力してください（例：Acme Integrations）。
error-requester_invalid_chars = 依頼者に { $chars } が含まれています。文字、数字、スペース、一般的な記号（. , - ' & ( ) / @ + _ : ! ? #）のみを使ってください。
error-requester_too_long = 依頼者が長すぎます。{ $max } 文字以内にしてください。
error-requester_looks_like_code = 依頼者に、フィンガープリントのような形のコード（ABCD-1234 のような、英数字 4 文字ずつのグループ）が含まれています。名前だけを入力してください。依頼のフィンガープリントは管理者のアプリが自動で表示するため、依頼に書かれた内容がフィンガープリントのように見えてはいけません。
error-request_name_looks_like_code = 依頼の接続名を、フィンガープリントのような形（ABCD-1234 のような、英数字 4 文字ずつのグループ）にすることはできません。管理者は、自分のアプリに表示されるフィンガープリントを照合するためです。別の名前を選んでください。
error-request_lifetime_out_of_range = 依頼の有効期間を { $given } にすることはできません。{ $min }～{ $max } の範囲で選んでください。
error-pasted_address_invalid = 貼り付けたアドレスは、この接続のサインイン結果のアドレスではありません（{ $reason }）。Zoho から戻った後に、ブラウザーのアドレスバーに表示されているアドレス全体を貼り付けてください（{ $expected } で始まるアドレスです）。

## StoreError

error-read_back_mismatch = { $store } から読み戻したシークレットが入力したものと異なるため、保存しませんでした。もう一度保存してください。
error-secret_missing = 「{ $name }」の Client Secret が { $store } にありません。

## FileError

error-config_dir_unknown = 設定用のフォルダーが見つかりません。ホームフォルダーが不明です。ZCW_CONFIG_DIR に、このアプリが書き込めるフォルダーを設定してください。
error-cannot_write = { $path } に書き込めません。フォルダーが存在し、書き込みできることを確認するか、ZCW_CONFIG_DIR に別のフォルダーを設定してください。
error-cannot_read = { $path } を読み込めません。ファイルが存在し、読み取りが許可されていることを確認してください。
error-not_a_regular_file = { $path } はファイルではない（フォルダー、パイプ、デバイスのいずれかである）ため、読み込みませんでした。ファイルそのものを選んでください。
error-too_large = { $path } は { $max_kib } KiB を超えており、本来のファイルよりはるかに大きいため、読み込みませんでした。正しいファイルを選んでください。
error-not_text = { $path } にはテキストが含まれていないため、目的のファイルではありません。正しいファイルを選んでください。
error-not_yours = フォルダー { $path } は別のユーザーのものなので、このアプリはそこにファイルを保存しません。自分のフォルダーを使う（ZCW_CONFIG_DIR を設定する）か、このフォルダーの所有者を自分のユーザーに戻してください。
error-draft_corrupt = 保存されていたウィザードの下書きを読み込めなかったため、{ $moved_to } に移動し、ウィザードを最初から始めます。もう一度各手順を入力してください。古い下書きの値が必要な場合は、そこに残っています。
error-connections_corrupt = 接続一覧のファイルを読み込めませんでした。何も失われないように { $moved_to } に移動し、空の一覧から始めます。可能であれば、そこから復元してください。
error-connections_from_newer_version = 接続一覧のファイル { $path } は、このアプリの新しいバージョン（スキーマ { $version }）で書き込まれています。使うには、Zoho Credential Wizard を更新してください。

## BrowserError

error-launch_failed = ブラウザーを開けませんでした。代わりに、アドレス { $url } をブラウザーにコピーしてください。
error-untrusted_url = { $url } は既知のデータセンターの Zoho API コンソールではないため、開きませんでした。何も開いていません。選んだデータセンターのコンソールを開く「Zoho API コンソールを開く」ボタンを使ってください。

## ClipboardError

error-unavailable = ここではクリップボードを使えません。コピーにはデスクトップセッションが必要です。貼り付ける場所で実行してください。

## SignInError

error-port_in_use = ポート { $port } はこのコンピューターですでに使われているため、サインインの結果をこのアプリに戻せません。そのポートを使っているプログラムを終了してもう一度お試しいただくか、この接続に別のポートを選び、Zoho API コンソールでそのポート用の http://localhost:PORT/callback を登録してください。
error-port_permission_denied = このコンピューターでは、ポート { $port } での待ち受けが許可されていません（Windows では、予約済みの範囲に含まれている場合があります）。この接続に別のポートを選び、Zoho API コンソールでそのポート用の http://localhost:PORT/callback を登録してください。
error-listener_failed = このアプリは、サインインのためにポート { $port } で待ち受けできませんでした。そのポートを使っているプログラムを終了してもう一度お試しいただくか、この接続に別のポートを選び、Zoho API コンソールでそのポート用の http://localhost:PORT/callback を登録してください。
error-timed_out = { $seconds } 秒以内に Zoho から応答がありませんでした。{ $causes }
error-cancelled = サインインはキャンセルされました。準備ができたら、もう一度始めてください。
error-declined = Zoho でアクセスを拒否したため、トークンは発行されませんでした。もう一度サインインを始め、Zoho で Accept（承認）をクリックしてください。
error-untrusted_accounts_server = Zoho の応答では、アカウントサーバーとして { $server } が指定されていますが、これは既知の Zoho アカウントサーバーではありません。このサーバーには何も送信されていません。もう一度サインインを始めてください。繰り返し発生する場合は、何者かがサインインを改ざんしている可能性があります。
error-not_started = 進行中のサインインはありません。もう一度サインインを始めてください。
error-discarded = 新しいサインインは Zoho で取り消され、そのトークンは削除されました。接続は { $previous } でサインインしたままです。やはり別のアカウントを使う場合は、もう一度サインインして、そのアカウントに切り替えてください。
error-revoke_unreachable = Zoho にアクセスできないため、「{ $name }」のサインインを取り消せませんでした。何も削除されていません。手動で取り消すこともできます。Zoho アカウントで Connected Apps（接続済みアプリ）を開き、このクライアントを削除してください。
error-needs_sign_in = 「{ $name }」には有効なサインインがありません：{ $why }。

## ZohoError

error-invalid_client = Zoho がクライアントを拒否しました。Client Secret が間違っているか、このクライアントが別のデータセンターに登録されています。データセンターを確認し、シークレットを再生成した場合は置き換えてから、もう一度お試しください。
error-invalid_client_secret = Zoho によると、Client Secret が間違っています。Zoho API コンソールからもう一度コピーして（または再生成して）、置き換えてください。
error-invalid_code = サインインのコードが期限切れか、すでに使用されています（コードの有効期間は 1～2 分です）。もう一度サインインを始めてください。
error-invalid_redirect_uri = Zoho によると、リダイレクト URI が登録済みのものと一致しません。Zoho API コンソールで { $uri } を正確に（同じポートで、末尾のスラッシュなしで）登録してください。
error-rate_limited = このクライアントからのリクエストが多すぎるため、Zoho が制限しています。数分待ってから、もう一度お試しください。
error-access_denied = Zoho がアクセスを拒否しました。このクライアントへの承認が多すぎるか、アクセスが拒否されました。数分待ってから、もう一度サインインしてください。
error-unexpected = Zoho から、このアプリが認識できないエラーが返されました。もう一度お試しください。繰り返し発生する場合は、Zoho API コンソールでクライアントを確認してください。
error-bad_response = Zoho の応答を解釈できませんでした。数分後にもう一度お試しください。繰り返し発生する場合は、Zoho 側で何かが変更されている可能性があります。
error-token_rate_limited = Zoho が 1 つの接続に発行する新しいアクセストークンは 10 分あたり 10 個までで、「{ $name }」はその上限に達しました。{ $wait_secs } 秒後にもう一度お試しください。

## NetworkError

error-timeout = { $seconds } 秒以内に Zoho から応答がありませんでした。インターネット回線（とプロキシ）を確認してから、もう一度お試しください。
error-unreachable = Zoho にアクセスできませんでした。インターネット回線（とプロキシ）を確認してから、もう一度お試しください。

## Error


## KeychainError

error-keychain_unavailable = このコンピューターのキーチェーンを使用できません。GNOME Keyring や KWallet などのキーリングをインストールして起動し、ロックを解除してから、もう一度お試しください。何も保存されていません。
error-keychain_locked = このコンピューターのキーチェーンがロックされているか、アクセスを拒否しました。ロックを解除して（デスクトップにログインするか、キーリングのアプリでキーリングのロックを解除します）、もう一度お試しください。何も保存されていません。
error-keychain_timeout = このコンピューターのキーチェーンが { $seconds } 秒以内に応答しませんでした。ロックされていて、ダイアログでパスワードの入力を待っている可能性があります。ロックを解除してから、もう一度お試しください。キーチェーンの変更が後から完了することもありますが、次に接続を変更するときにアプリが確認し、整理します。
error-keychain_too_long = { $what ->
        [secret] シークレット
       *[name] 項目の名前
    }が、このコンピューターのキーチェーンの上限（最大 { $limit } バイト）を超えているため、保存されませんでした。
error-keychain_failure = このコンピューターのキーチェーンでエラーが発生しました。もう一度お試しください。失敗が続く場合は、キーリングを再起動してください。

## FileStoreError

error-file_store_missing = 暗号化ファイル { $path } はまだありません。
error-file_store_corrupt = 暗号化ファイル { $path } を読み込めません。破損しているか、このアプリの暗号化ファイルではありません。バックアップから復元するか、ファイルを別の場所に移動して、シークレットをもう一度保存してください。
error-file_store_key_mismatch = 暗号化ファイル { $path } は、{ $key } の鍵で作成されたものではありません。この 2 つのファイルは組になっていません。何も変更されていません。この暗号化ファイルの隣にあった鍵ファイルを、同じバックアップから元に戻してください（以前に使わなくなった鍵ファイルは、名前の末尾が .unused になって隣に残っています）。または、両方を別の場所に移動して、シークレットをもう一度保存してください。暗号化ファイルがバックグラウンドでロック解除されたままの場合は、いったんロックしてから、もう一度ロックを解除してください。
error-file_store_key_damaged = 暗号化ファイルの鍵ファイル { $key } が破損しています。何も変更されていません。{ $path } と同じバックアップから復元してください。鍵ファイルがないと、暗号化ファイルを開けません。
error-file_store_too_much_work = { $path } をパスフレーズで開くには、このコンピューターで許可されている量（最大 2^{ $allowed }）を超える計算（scrypt 2^{ $required }）が必要です。パスフレーズがはるかに高速なコンピューターで設定されたか、このアプリ以外で設定されています。何も変更されていません。パスフレーズを設定したコンピューターで暗号化ファイルを開き、そこで新しいパスフレーズを設定してください。
error-file_store_key_missing = 暗号化ファイル { $path } の鍵がありません。パスフレーズで開くのは隣にある鍵ファイル { $key } ですが、見つかりません。何も変更されていません。暗号化ファイルと同じバックアップから、鍵ファイルを復元してください。
error-passphrase_needed = シークレットは暗号化ファイルに保管されており、そのパスフレーズが必要です。
error-agent = 暗号化ファイルを保持しているエージェントでエラーが発生しました。
error-agent_outdated = 暗号化ファイルを保持しているエージェントは、このプログラムの別のバージョンで起動されています（プロトコル { $found }。このバージョンは { $expected }）。アップグレードの後によく起こります。
error-agent_running = エージェントはすでに実行中です（ソケット：{ $path }）。

## TeamError

error-team_unreachable = { $address } のチームストアにアクセスできません。アドレスと、サーバーが実行中であることを確認してから、もう一度お試しください。何も変更されていません。
error-team_quorum_lost = チームストアのクラスター（{ $addresses }）に、アクティブなノードがありません。{ $nodes } 台のノードのうち { $down } 台が応答せず、クォーラム（過半数のノードの稼働が必要）を失っています。停止しているノードを起動してから、もう一度お試しください。何も変更されていません。
error-team_no_active_node = チームストアのクラスター（{ $addresses }）で、{ $seconds } 秒以内にアクティブなノードが見つかりませんでした（選出が終わっていません）。クラスターの状態を確認してから、もう一度お試しください。何も変更されていません。
error-team_sealed = { $address } のチームストアは封印（シール）されています。運用担当者に封印を解除（bao operator unseal または vault operator unseal）してもらってから、もう一度お試しください。何も変更されていません。
error-team_token_missing = チームストアのトークンがありません。VAULT_TOKEN（または BAO_TOKEN）を設定するか、bao login または vault login でログインしてください（トークンは ~/.vault-token に保存されます）。サーバーでは、AppRole（ロール ID とシークレット ID ファイル）を指定してください。
error-team_token_rejected = { $address } のチームストアがトークンを拒否しました。トークンの期限が切れたか、取り消されています。新しいトークン（bao login、vault login、または新しい AppRole のシークレット ID）を取得してから、もう一度お試しください。何も変更されていません。
error-team_permission_denied = チームストアのトークンには、「{ $path }」を{ $capability ->
        [read] 読み取る
        [list] 一覧表示する
        [create] 作成する
        [delete] 削除する
       *[update] 変更する
    }ことが許可されていません。そのパスに対する「{ $capability }」ケーパビリティを、トークンのポリシーに追加する必要があります（README の「Teams and servers」を参照）。何も変更されていません。
error-team_app_role_refused = チームストアへの AppRole でのログインが拒否されました。ロール ID と、ファイル内のシークレット ID が最新であることを確認してください。
error-team_secret_id_file = AppRole のシークレット ID ファイル { $path } を読み込めません。ファイルが存在し、このユーザーが読み取れることを確認してください。
error-team_ca_cert = チームストアの CA 証明書 { $path } を使用できません。サーバーの証明書に署名した CA を含む PEM ファイルを指定してください。
error-team_answer = { $address } のチームストアがリクエストを拒否しました（HTTP { $status }）。何も変更されていません。もう一度お試しください。繰り返し発生する場合は、チームストアの管理者に詳細を見せてください。
error-team_record_unreadable = チームストアのレコード { $path } は、このアプリが書き込む形式ではありません。誰かが手動で変更しています。修正するか、削除してください。
error-team_record_damaged = チームストアのレコード { $path } が破損しています：{ $problem }。このレコードは使用されません。修正するか、削除して接続をもう一度追加してください。
error-team_conflict = 他のマシンが書き込んでいたため、チームストアのレコード { $path } が変更され続けました。少し待ってから、もう一度お試しください。
error-team_refresh_stuck = 別のマシンが「{ $name }」のアクセストークンを { $seconds } 秒間更新し続けていて、終わっていません。1 分後にもう一度お試しください。繰り返し発生する場合は、そのマシンを確認してください。
error-team_not_set_up = このコンピューターには、チームストアが設定されていません。

## ApiError

error-other_host = { $given } は「{ $name }」の API ドメイン { $domain } 上にありません。この接続のトークンはそれ以外には送信されないため、何も送信されていません。/crm/v8/org のようなパス、または { $domain } 上のアドレスを指定してください。
error-bad_target = 「{ $given }」は API のパスでもアドレスでもありません。/crm/v8/org のようなパスを指定してください。
error-bad_header = ヘッダー「{ $name }」は送信できません。ヘッダーは「名前: 値」の形式で、名前には英字、数字、- を使い、値は 1 行のプレーンな ASCII で書きます。修正してから、もう一度お試しください。
error-header_refused = { $header } ヘッダーは接続自体から設定されるため、指定できません。このヘッダーを外して、もう一度お試しください。
error-no_api_domain = 「{ $name }」には API ドメインが記録されておらず、データセンターからも決まらないため、トークンの送り先がありません。Zoho が API ドメインを示すように、もう一度サインインしてください。
error-token_refused = Zoho が「{ $name }」のアクセストークンを拒否しました（INVALID_TOKEN）。新しいトークンを作成した直後にも拒否されたため、サインインが取り消されたか、無効になっています。
error-scope_missing = { $needs ->
        [none] 「{ $name }」のアクセストークンは有効ですが、そのスコープではこの呼び出しを行えません（Zoho の応答は OAUTH_SCOPE_MISMATCH）。サインインで許可されたスコープは { $granted } です。この呼び出しに必要なスコープは、Zoho のドキュメントに記載されています。
       *[other] 「{ $name }」のアクセストークンは有効ですが、そのスコープではこの呼び出しを行えません（Zoho の応答は OAUTH_SCOPE_MISMATCH）。この呼び出しには { $needs } が必要ですが、サインインで許可されたスコープは { $granted } です。
    }
error-api_rate_limited = 「{ $name }」が Zoho の API の呼び出し回数の上限（HTTP 429）に達したため、当面は何も送信しません。1 分待ってから、もう一度お試しください。

## OnboardingError

error-request_unreadable = これは Zoho Credential Wizard の認証情報の依頼ではありません。依頼者に、依頼ファイルまたはリンクをもう一度送ってもらってください。
error-feed_unreachable = { $address } のアップデート配信元にアクセスできなかったため、新しいバージョンを確認できませんでした。インターネット回線を確認して、しばらくしてからもう一度お試しください。アプリは変更されていません。
error-feed_unreadable = アップデート配信元からの応答が、このアプリで読み取れる形式ではなかったため、アップデートは提供されませんでした。しばらくしてから、もう一度お試しください。アプリは変更されていません。
error-signature_refused = ダウンロードしたアップデートに、アプリの発行元による有効なデジタル署名がないため、インストールしませんでした。アプリは変更されていません。しばらくしてから、もう一度お試しください。繰り返し発生する場合は、アプリのリリースページからアプリをダウンロードし、README の説明に従って確認してください。
error-download_failed = アップデートをダウンロードできませんでした。しばらくしてから、もう一度お試しください。アプリは変更されていません。
error-install_failed = アップデートをインストールできなかったため、アプリは変更されていません。もう一度お試しいただくか、アプリのリリースページから新しいバージョンをダウンロードしてください。
error-nothing_to_install = インストールを待っているアップデートはありません。先にアップデートを確認してください。
error-offer_changed = アップデート配信元が現在提供しているのは、同意したバージョン { $offered } ではなく、バージョン { $now } です。そのため、何もインストールしていません。もう一度アップデートを確認してください。
error-request_from_newer_app = この依頼は、新しいバージョンの Zoho Credential Wizard で作成されており（形式のバージョン { $version }）、このバージョンでは読み込めません。アプリを更新してから、もう一度依頼を開いてください。何も作成されていません。
error-request_expired = { $from } からの依頼は期限切れです（{ $when }）。{ $from } に新しい依頼を送ってもらってください。何も送信されていません。
error-requester_refused = この依頼の依頼者名は、アプリでは表示しません：{ $why }。アプリが表示するのは、画面の表示内容を偽装できない名前だけです。何も作成されていません。依頼者に、Zoho Credential Wizard で新しい依頼を作成してもらってください。
error-request_from_the_future = この依頼は、このコンピューターの時計では未来に作成されたことになっています（{ $when }）。このコンピューターの日付と時刻を確認し、正しい場合は依頼者に新しい依頼を送ってもらってください。何も作成されていません。
error-fingerprint_mismatch = フィンガープリントがこの依頼のものと一致しないため、途中で依頼が改ざんされた（鍵がすり替えられた）可能性があります。何も保存されていません。以前から知っている電話番号で依頼者に電話し、相手のアプリにこの依頼について表示されているフィンガープリントを読み上げてもらってください。それでも異なる場合は、新しい依頼を送ってもらってください。
error-not_from_request = 「{ $name }」は認証情報の依頼から作成されたものではないため、送信先がありません。受け取った依頼を開き、そこから接続を作成してください。
error-sign_in_first = { $from } はサインイン済みの接続を求めていますが、「{ $name }」はまだサインインしていません。先にこの接続で Zoho にサインインしてから、回答を送信してください。
error-no_such_request = このコンピューターで現在使っている保存先に、「{ $name }」という名前の回答待ちの依頼はありません。依頼の一覧で名前を確認してください（キャンセルした依頼には回答できません）。
error-request_exists = 「{ $name }」という名前の依頼が、すでに回答を待っています。先にその依頼をキャンセルするか、別の名前を選んでください。
error-already_answered = 「{ $name }」への回答は、すでにインポートされています（{ $when }）。依頼の鍵はもうないため、回答を 2 回インポートすることはできません。インポートした内容は、接続「{ $name }」に入っています。
error-reply_unreadable = この回答は、ここで回答を待っているどの依頼の鍵でも開けません。途中で改ざんされたか、キャンセルされた依頼、または別のコンピューターの保存先で作成された依頼への回答です。何も変更されていません。回答を送った人に、回答をもう一度保存して、ファイルそのものを送ってもらってください。
error-reply_from_newer_app = この回答は、新しいバージョンの Zoho Credential Wizard で作成されており（形式のバージョン { $version }）、このバージョンでは読み込めません。アプリを更新してから、もう一度回答をインポートしてください。何も変更されていません。
error-reply_for_another_request = この回答は、依頼「{ $name }」（依頼 { $expected }）への回答ではなく、別の依頼への回答です。回答先の依頼でインポートしてください。何も変更されていません。
error-reply_late = 「{ $name }」への回答は、依頼の期限（{ $when }）が過ぎてから届いたため、インポートされませんでした。依頼を見た人なら誰でも回答できた可能性があります。お客様からのこの回答を想定していた場合にのみ、インポートしてください。
error-reply_invalid = 「{ $name }」への回答に、使用できない値が含まれています：{ $reason }。回答を送った人に、接続を確認して新しい回答を送ってもらってください。何も変更されていません。
error-reconnect_self_client = 「{ $name }」は Self Client です。Self Client は作成したアカウントのものなので、お客様が再接続することはできません。Zoho API コンソールで Self Client の新しいコードを作成し、そのファイルをもう一度インポートしてください。
error-reconnect_other_client = この依頼は、クライアント { $asked } で「{ $name }」にもう一度サインインするよう求めていますが、入力された Client ID は別のクライアントのものです。この接続の作成に使ったクライアントを使ってください（Zoho API コンソールでは、Client Secret タブに Client ID が表示されます）。別のクライアントを使うには、再接続ではなく新しい依頼が必要です。何も保存されていません。
error-reconnect_kept_other_client = この依頼は、クライアント { $asked } で「{ $name }」にもう一度サインインするよう求めていますが、このコンピューターの接続「{ $name }」は別のクライアントを使っています。何も変更されていません。この依頼がこの接続に対するものかを依頼者に確認してください。そうであれば、ここで接続を削除してから、もう一度依頼を開いてください。
error-reconnect_not_from_request = この依頼は「{ $name }」にもう一度サインインするよう求めていますが、このコンピューターの接続「{ $name }」は依頼から作成されたものではないため、依頼者には送信しません。何も変更されていません。この接続をどうしても依頼者に送る場合は、（再接続ではない）新しい依頼を送ってもらい、別の名前で回答してください。
error-self_client_file_unreadable = これは Zoho API コンソールの self_client.json ではありません。コンソールで Self Client を開き、コードを生成して DOWNLOAD（ダウンロード）を選び、そのファイルを使ってください。
error-self_client_code_expired = この self_client.json のコードは期限切れです（{ $when }）。Zoho には何も送信されていません。Zoho API コンソールで Self Client を開き、新しいコードを生成して（10 minutes を選択）、新しいファイルをすぐに使ってください。

## Error

error-worker_failed = バックグラウンドの処理が予期せず停止しました。もう一度お試しください。繰り返し発生する場合は、アプリを再起動してください。
error-cannot_start = このコンピューターでは、まだ Zoho Credential Wizard を使用できません。{ $cause }
error-file_unusable = { $path } に書き込めませんでした。別のファイルを選ぶか、代わりにテキストを貼り付けてください。
error-cannot_delete = { $path } を削除できませんでした。Client Secret が平文で含まれているため、ファイルマネージャーで手動で削除してください。
error-no_self_client_file = このウィンドウでは Self Client ファイルがインポートされていないため、何も削除されていません。self_client.json がまだダウンロードフォルダーに残っている場合は、手動で削除してください。
error-no_request_made = このウィンドウでは依頼が作成されていないため、保存するものがありません。もう一度依頼を作成してください。
error-request_changed = 画面上の依頼は、現在回答している依頼ではなくなったため、何も保存されていません。もう一度依頼を開き、フィンガープリントを確認してください。
error-nothing_to_import = 開いている回答がなくなったため、何もインポートされていません。もう一度回答を開いてください。
