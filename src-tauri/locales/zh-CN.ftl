# Zoho Credential Wizard：桌面应用的全部文字，简体中文（译自英文原文 en.ftl）。
# 术语：docs/glossary/zh-CN.md。<b>…</b> 中指 Zoho API 控制台按钮或字段的文字是 Zoho 自己的标签，
# 按控制台显示的原样保留英文，并在其周围用中文说明。
# 带 data-l10n-name 的元素属于应用本身（字段，或应用填入的值）：原样保留，且只出现一次。

app-name = Zoho Credential Wizard

## 程序外壳的文件对话框

dialog-choose-request = 打开请求
dialog-request-files = 凭据请求
dialog-save-reply = 保存回复
dialog-save-request = 保存请求
dialog-choose-reply = 导入回复
dialog-reply-files = 加密的回复
dialog-choose-self-client = 选择 self_client.json
dialog-self-client-files = Self Client 文件

## 出错后的下一步，写明要点击什么

next-ask-customer = 这个连接的登录属于您的客户：请点击“请客户重新登录”，由客户的管理员重新登录。
next-sign-in = 请打开“{ $connection }”，然后点击“重新登录”。
next-replace-secret = 请打开“{ $connection }”，然后点击“替换 Client Secret”；如果 Client Secret 已丢失，请在 Zoho API 控制台中重新生成。
next-list-connections = 请返回“全部连接”，查看已保存的连接。
next-choose-file-store = 也可以改用加密文件。
next-create-file-store = 请先在“全部连接”页面的“更改机密信息的保存位置”中选择加密文件。
next-enter-passphrase = 请在上方的输入框中输入您为加密文件设置的密码，然后点击“解锁加密文件”。
next-delete-locally = 请在能访问 Zoho 时重试，或选择下方以“仅在本机”开头的按钮。
next-allow-account-change = 请重新登录，在询问是否使用另一个账号时选择“切换到”该账号。
next-restart-agent = 请退出本应用，然后重新打开。如果加密文件正在后台保持解锁，请先将其锁定（由开发者运行 zcw lock）。
next-stop-agent = 请先锁定正在后台保持解锁的加密文件（由开发者运行 zcw lock）。
next-choose-team-store = 请在“全部连接”页面的“更改机密信息的保存位置”中选择团队存储。
next-sign-in-with-scope = 请重新登录“{ $connection }”，并在它申请的权限中加上所需的 scope。
next-accept-late-reply = 如果这是您预期中的回复，请勾选“我预期会在请求过期后收到此回复”，然后重新导入。

# 页面

## frame

page-a = 跳到主要内容
page-span = Zoho Credential Wizard
page-nav =
    .aria-label = 应用
nav-home = 全部连接
stepper =
    .aria-label = 向导步骤

## unlock

unlock-title = 解锁加密文件
unlock-explain = 这里需要的机密信息保存在加密文件中。请先输入它的密码：在您退出本应用之前，文件会一直保持解锁。
label-unlock-passphrase = 加密文件的密码
unlock-button = 解锁加密文件

## frame

answering =
    .aria-label = 凭据请求
answering-reconnect = <strong data-l10n-name="strong0"></strong> 这是同一连接、同一客户端的重新登录：不会新建任何内容。
answering-reconnect-strong = <bdi data-l10n-name="answering-reconnect-from"></bdi> 请您重新登录“<span data-l10n-name="answering-reconnect-name"></span>”。
answering-dt = 请求方
answering-span = （由发送方自行填写；能证明请求确实来自对方的是指纹）
answering-dt-2 = 过期时间
answering-dt-3 = 指纹
answering-span-2 = （由本应用根据请求计算得出）
answering-p = 请让发送请求的人读出其应用显示的指纹。如果与此处不同，说明请求在传送途中被改动过：请就此停止。以下各项都来自请求，不能更改。
label-answering-dc = 您的 Zoho 数据中心
answering-dc-hint = 请求让您自行选择：请选择贵公司的 Zoho 账号所在的数据中心。保存 Client Secret 后就不能再更改。
stop-answering = 停止回复此请求
incoming-title = 收到了另一个凭据请求
incoming-dt = 连接
incoming-dt-2 = 请求方
incoming-dt-3 = 指纹
incoming-p = 您正在回复“<span data-l10n-name="incoming-current"></span>”的请求。在您做出选择之前，什么都不会改变。
incoming-keep = 继续回复当前请求
incoming-switch = 改为回复新请求

## home

home-title = 全部连接
open-request = 打开收到的请求
new-connection = 新建连接
home-p = 每个连接对应一个 Zoho 客户端：详细信息保存在这里，Client Secret 则保存在<span data-l10n-name="home-store"></span>中。
draft-banner = 您有一个尚未完成的连接。<button data-l10n-name="resume-draft"></button>
resume-draft = 从上次中断处继续
connections-caption = 已保存的连接
connections-th = 名称
connections-th-2 = 数据中心
connections-th-3 = Client ID
connections-th-4 = 集成
connections-th-5 = 机密信息保存于
connections-th-6 = 状态
no-connections-p = <strong>还没有连接。</strong>
no-connections-p-2 = 点击“<b>新建连接</b>”，即可注册一个 Zoho 客户端，并安全地保存其 Client Secret。
home-span = 新的机密信息保存在<strong data-l10n-name="store-description"></strong>中。
change-store = 更改机密信息的保存位置…
check-computer = 检查本机
customers-title = 与客户协作
home-p-2 = 如果只有客户的 Zoho 管理员才能创建客户端，请向对方发送请求，再导入对方发回的加密回复。全程无需任何人把 Client Secret 粘贴到电子邮件中。
request-credentials = 向客户请求凭据
import-reply = 导入回复
requests-caption = 已发给客户的请求
requests-th = 请求
requests-th-2 = 发送方式
requests-th-3 = 指纹
requests-th-4 = 状态
requests-span = 操作
store-picker-legend = 新连接的机密信息保存在哪里
store-picker-span = 本机钥匙串
store-picker-span-2 = 通常的选择：机密信息留在本机，受您登录电脑的密码保护。
store-picker-span-3 = 加密文件
store-picker-span-4 = 适用于无法使用钥匙串的电脑。本应用每次启动时会询问一次它的密码。
store-picker-span-5 = 您团队的 OpenBao 或 Vault 服务器
store-picker-span-6 = 共享：所有配置了该服务器的电脑和服务器都能看到相同的连接和令牌。
file-store-explain = 加密文件把机密信息保存在一个文件中，并用您自己选择的密码加密。请仅在无法使用钥匙串时使用。
label-home-passphrase = 密码
label-home-passphrase-again = 再次输入密码
team-store-explain = 请向负责团队 OpenBao 或 Vault 服务器的人员索取服务器地址和令牌（或者在本机用 <code>bao login</code> 或 <code>vault login</code> 登录，并将令牌留空）。连接保存在 KV 版本 2 挂载点中的指定前缀下。
label-team-address = 服务器地址 <small>（如果是集群：每个节点的地址各占一行）</small>
label-team-token = 令牌 <small>（仅在本应用运行期间保留）</small>
label-team-mount = KV 挂载点
label-team-prefix = 前缀
team-store-form-summary = 更多设置（证书、命名空间、AppRole）
label-team-ca-cert = CA 证书文件 <small>（当服务器使用您自己签发的证书时）</small>
label-team-namespace = 命名空间
label-team-role-id = AppRole 角色 ID
label-team-secret-id-file = AppRole Secret ID 文件
cancel-store = 取消
confirm-store = 新的机密信息保存在此处

## doctor

doctor-title = 检查本机
doctor-p = 本应用对您电脑的要求，现在逐项检查：每一项要么正常，要么会说明该怎么做。
doctor-back = 返回连接列表
doctor-again = 重新检查

## details

show-connect = 登录 Zoho
show-handover = 交付
show-disconnect = 断开连接…
show-reconnect = 请客户重新登录
show-replace = 替换 Client Secret
show-rename = 重命名
show-remove = 移除…
replace-explain = 已在 Zoho API 控制台中重新生成了 Client Secret？请把新的粘贴到这里，它会替换已保存的 Client Secret。
label-replace-secret = 新的 Client Secret
replace-form-button = 显示
    .aria-label = 显示新的 Client Secret
confirm-replace = 保存新的 Client Secret
replace-form-button-2 = 取消
label-rename-input = 新名称
confirm-rename = 重命名
rename-form-button = 取消
confirm-remove = 移除该连接及其机密信息
remove-local = 仅在本机移除
remove-form-button = 取消
confirm-disconnect = 断开连接并在 Zoho 撤销登录
disconnect-local = 仅在本机断开连接
disconnect-form-button = 取消
details-h2 = 在 Zoho 中注册的信息
details-back = 返回连接列表

## open-request-view

open-request-title = 打开凭据请求
open-request-view-p = 有人请您提供一个 Zoho 客户端：请打开对方发来的请求文件（<code>NAME.zcwrequest</code>），或粘贴对方邮件中的链接。随后本应用会准确显示需要创建的内容，并生成一份只有对方才能打开的回复。
label-request-text = 链接或请求文本
open-request-back = 返回
choose-request-file = 选择文件…
open-request-text = 打开粘贴的请求

## import-reply-view

import-reply-title = 导入回复
import-reply-view-p = 客户的管理员已回复您发出的请求：请选择回复文件，或粘贴对方邮件中的回复文本。回复只能用该请求的密钥打开，密钥保存在<strong data-l10n-name="import-store"></strong>中；如果回复中包含登录，本应用会向 Zoho 确认它可用。保存任何内容之前，您还要核对这是谁的账号。
label-reply-text = 回复文本
reply-text =
    .placeholder = 在此粘贴完整的回复文本

## import-confirm

import-confirm-title = 保存前请核对回复
import-confirm-dt = 连接
ic-reconnect-dt = 重新登录的连接
import-confirm-dt-2 = 已登录的 Zoho 账号
import-confirm-dt-3 = Client ID
import-confirm-dt-4 = 数据中心
import-confirm-dt-5 = 回复码
import-confirm-span = （管理员发送回复后，其应用显示了相同的回复码：在需要时请对方读出来核对）
ic-late-span = 我预期会在请求过期后收到此回复
ic-confirm-text = 这是我客户的 Zoho 账号
ic-discard = 放弃此回复
ic-import = 导入该连接

## import-reply-view

import-open = 打开“<span data-l10n-name="import-done-name"></span>”
import-reply-back = 返回连接列表
choose-reply-file = 选择文件…
import-reply-text = 打开粘贴的回复

## request-made

request-made-title = 您的请求已可发送
made-lead = 请通过电子邮件把请求文件或链接发给客户的 Zoho 管理员。两者都不含任何机密信息。请求的密钥保存在<strong data-l10n-name="made-store"></strong>中，因此只有您能打开回复。
request-made-p = 指纹 <strong data-l10n-name="made-fingerprint"></strong>
request-made-p-2 = 请在电话中把它读给管理员听：对方的应用会显示相同的四组字符。过期时间：<span data-l10n-name="made-expires"></span>。
save-request-file = 保存请求文件…
copy-request-link = 复制链接
made-email-title = 随请求一起发送的邮件
request-made-p-3 = 邮件说明了管理员需要做什么、从哪里获取本应用，以及您会打电话读出指纹（指纹绝不写在邮件中）。请把它复制到您的邮件中，并附上请求文件。
made-done = 完成：前往连接列表

## reconnect-request

reconnect-request-title = 请客户重新登录“<span data-l10n-name="rr-name"></span>”
reconnect-request-p = 客户的 Zoho 管理员为这个连接重新登录，您再把对方的回复导入到这个连接中。请求中带有该连接的客户端、数据中心和权限，管理员无需创建任何内容：如果对方保留了这个连接，只需登录即可。
reconnect-request-dt = Client ID
reconnect-request-dt-2 = 数据中心
reconnect-request-dt-3 = 权限
label-rr-from = 请求方
rr-from =
    .placeholder = Acme 集成服务
hint-rr-from = 您的公司名称或您的姓名，即管理员将看到的名称。
label-rr-expires = 有效期
rr-expires-option = 1 天
rr-expires-option-2 = 3 天
rr-expires-option-3 = 7 天
rr-expires-option-4 = 14 天
rr-expires-option-5 = 30 天
label-rr-scopes-add = 要添加的权限（可选，填写 scope，用英文逗号分隔）
hint-rr-scopes-add = 当某个调用需要该连接所没有的权限时，请在此添加对应的 scope。
rr-back = 取消
rr-make = 生成重新登录请求

## reconnect-kept

reconnect-kept-title = 重新登录“<span data-l10n-name="rk-name"></span>”
reconnect-kept-p = 本机仍保存着这个连接，所用的客户端与请求中指定的一致。无需创建或复制任何内容：请核对指纹，然后登录 Zoho。之后您的回复会带上这次新的登录。
reconnect-kept-dt = Client ID
reconnect-kept-span = （本机为“<span data-l10n-name="rk-name-again"></span>”保存的 Client ID）
reconnect-kept-dt-2 = 申请的权限
reconnect-kept-span-2 = 发送请求的人已向我读出这个指纹，并且完全一致：<strong data-l10n-name="rk-fingerprint"></strong>
rk-sign-in = 下一步：重新登录

## step-1

step-1-title = 新连接用于什么？
step1-request-hint = 有人给您发来了请求？<button data-l10n-name="step1-open-request"></button>
step1-open-request = 打开收到的请求
step-1-p = 请选择您的 Zoho 账号所在的数据中心，以及将使用这个新 Zoho 客户端的集成。本应用会据此算出需要在 Zoho 中注册的准确值。
label-dc = Zoho 数据中心
hint-dc = 您登录 Zoho 时使用的地址，例如欧洲为 <code>accounts.zoho.eu</code>，中国为 <code>accounts.zoho.com.cn</code>。
step-1-legend = 集成
template-span = Catalyst 应用
text-catalyst = Zoho Catalyst 应用，例如 LeadManager 教程中的应用。
template-span-2 = Hotglue / Optiply
text-hotglue = hotglue 连接器，例如 Optiply 的 Zoho 集成。
template-span-3 = 自定义
text-custom = 您自己的脚本或服务器，使用您自己的重定向 URI。
choice-self-client-span = Self Client
text-self-client = 贵组织自己的脚本，使用 Zoho 的 Self Client：无需重定向 URI，授权码在控制台中生成。
label-catalyst-project = 项目名称
catalyst-project =
    .placeholder = LeadManager
hint-catalyst-project = 与 Catalyst 控制台中显示的一致。在应用的地址中，空格会被去掉，大写字母会转为小写。
label-catalyst-org = 组织 ID（Org ID）
catalyst-org =
    .placeholder = 60012345678 或控制台地址
hint-catalyst-org = Catalyst 控制台地址中 <code>/baas/</code> 后面的数字。也可以粘贴整个地址。
label-catalyst-environment = 环境
catalyst-environment-option = 开发环境（Development）
catalyst-environment-option-2 = 生产环境（Production，地址未经 Zoho 确认）
label-catalyst-function = 函数名称
function-picks =
    .aria-label = 教程各版本的函数名称
label-catalyst-serve-port = 本地 serve 端口
hint-catalyst-serve-port = <code>catalyst serve</code> 运行所用的端口。
label-hotglue-homepage = 主页网址（Homepage URL）
hint-hotglue-homepage = 贵公司的网站。hotglue 的重定向 URI <code>https://hotglue.xyz/callback</code> 会自动为您添加。
label-custom-homepage = 主页网址（Homepage URL）
label-custom-redirect-uris = 重定向 URI
hint-custom-redirect-uris = 每行一个，与您的集成发送的完全一致：使用 https；只有 localhost 可以使用 http。
fields-self-client-p = Self Client 由 Zoho 为您创建：无需注册。接下来，控制台会为您选择的 scope 生成授权码，本应用再用它换取令牌。
label-client-name = 客户端名称
hint-client-name = 您将在 Zoho API 控制台中看到的名称。只能使用字母、数字、空格、_ 和 &。
step1-advanced-summary = 开发者信息：本应用自己的重定向 URI
loopback-explain = 第 2 步还会列出需要注册的 <code data-l10n-name="loopback-preview"></code>：从本机登录后，Zoho 会把浏览器送回这个地址，本应用借此获取令牌并检查客户端。Zoho 要求端口完全一致，并且要用 <code>localhost</code> 而不是 127.0.0.1。只有在其他程序占用该端口时才需要更改。
label-loopback-port = 本应用的端口
request-options-legend = 请求
label-request-name = 连接名称
label-request-from = 请求方
request-from =
    .placeholder = Acme 集成服务
hint-request-from = 您的公司名称或您的姓名，即管理员将看到的名称：只能使用汉字、字母、数字、空格和半角标点。
label-request-expires = 有效期
request-expires-option = 1 天
request-expires-option-2 = 3 天
request-expires-option-3 = 7 天
request-expires-option-4 = 14 天
request-expires-option-5 = 30 天
request-options-label = <input data-l10n-name="request-dc-open"> 由客户选择数据中心（当您不知道对方的 Zoho 账号在哪个数据中心时）
request-options-label-2 = <input data-l10n-name="request-refresh"> 管理员也要登录，这样回复中会带有刷新令牌（供调用 Zoho API 的脚本使用）
label-request-scopes = Scope（用英文逗号分隔）
cancel-request-form = 取消
next = 下一步：在 Zoho 中注册
make-request = 生成请求

## step-2

step-2-title = 在 Zoho 中注册客户端
step-2-p = 在 <strong data-l10n-name="s2-dc"></strong> 的 Zoho API 控制台中创建客户端，并准确填入以下各值。
step-2-div = <strong>Zoho 可能只显示一次 Client Secret。</strong>在 Zoho 中点击 <b>Create</b>（创建）之前，请先在这里点击“<b>下一步：保存 Client Secret</b>”，这样 Zoho 一显示 Client Secret，您就能立即粘贴。Client Secret 一旦丢失，就只能在 Zoho API 控制台中重新生成。
open-console = 打开 Zoho API 控制台
step-2-li = 点击上方的“<b>打开 Zoho API 控制台</b>”，然后登录。
step-2-li-2 = 点击 <b>Get Started</b>（开始使用）；如果您已有客户端，则点击 <b>Add Client</b>（添加客户端）。
step-2-li-3 = 选择 <b>Server-based Applications</b>（基于服务器的应用）。
step-2-li-4 = 用“复制”按钮复制各值，填入 <b>Client Name</b>（客户端名称）、<b>Homepage URL</b>（主页网址）和每一个 <b>Authorized Redirect URI</b>（已授权的重定向 URI；每个 URI 在 Zoho 中单独占一行）。Zoho 会逐字比对，必须完全一致。
step-2-li-5 = 在 Zoho 中点击 <b>Create</b>（创建）之前：先在这里点击“<b>下一步：保存 Client Secret</b>”，打开用来粘贴 Client ID 和 Client Secret 的输入框。
step-2-li-6 = 在 Zoho 中点击 <b>Create</b>（创建）。Zoho 会显示 <b>Client ID</b> 和 <b>Client Secret</b>：请立即把它们分别复制到本应用中。
back = 返回
next-2 = 下一步：保存 Client Secret

## step-2-self

self-title = 在 Self Client 中生成授权码
step-2-self-p = 在 <strong data-l10n-name="self-dc"></strong> 的 Zoho API 控制台中，Self Client 会生成一个授权码，本应用再用它换取令牌。授权码只在几分钟内有效：请让本窗口随时可用。
self-open-console = 打开 Zoho API 控制台
step-2-self-li = 选择 <b>Self Client</b>。首次使用时，先点击 <b>Create Now</b>（立即创建），再点击 <b>OK</b>（确定）。
step-2-self-li-2 = 在 <b>Generate Code</b>（生成授权码）标签页中粘贴下面的 scope，时长选择 <b>10 minutes</b>（10 分钟），并填写描述（例如“zcw”）。
step-2-self-li-3 = 点击 <b>Create</b>（创建），如有询问请选择您的组织，然后点击 <b>DOWNLOAD</b>（下载）：浏览器会保存 <code>self_client.json</code> 文件。
step-2-self-li-4 = 在这 10 分钟之内回到这里，点击“<b>选择下载的 self_client.json…</b>”。
label-self-scopes = Scope
self-scopes-copy = 复制
label-self-name = 连接名称
self-choose-file = 选择下载的 self_client.json…
self-paste-summary = 没有文件？请粘贴控制台显示的授权码、Client ID 和 Client Secret
label-self-code = 授权码
label-self-client-id = Client ID
label-self-client-secret = Client Secret
self-paste-button = 显示
    .aria-label = 显示 Client Secret
self-import-values = 使用这些值
self-delete-file = 立即删除该文件
self-handover = 下一步：交付
self-finish = 前往连接列表
self-back = 返回

## step-3

step-3-title = 保存 Client ID 和 Client Secret
step-3-p = 从 Zoho API 控制台复制这两项。Client Secret 会直接保存到<strong data-l10n-name="s3-store"></strong>中：它绝不会以明文写入文件，本窗口也不会再显示它。
s3-reconnect = 本机已不再保存这个连接，因此需要再次提供它的 Client Secret。Client ID 就是请求中指定的那个，不能更改：请在 Zoho API 控制台中打开该客户端，复制其 Client Secret（也可以重新生成：这样回复中就会带上新的 Client Secret）。
s3-fingerprint-field-span = 发送请求的人已向我读出这个指纹，并且完全一致：<strong data-l10n-name="s3-fingerprint"></strong>
label-client-id = Client ID
label-client-secret = Client Secret
step-3-button = 显示
    .aria-label = 显示 Client Secret
label-connection-name = 连接名称
hint-connection-name = 此连接在列表和本机钥匙串中显示的名称。只能使用汉字、字母、数字、空格和 _ . - 三个符号。
store-error-p = 您的 Client Secret 仍在上方的输入框中，没有丢失任何内容。
offer-file-store = 改用加密文件
s3-file-store-explain = 请为加密文件设置一个密码（至少 8 个字符；由几个互不相关的词语组成效果很好）。没有它就无法读取文件中的机密信息，请妥善保管。
label-s3-new-passphrase = 密码
label-s3-new-passphrase-again = 再次输入密码
s3-use-file-store = 使用加密文件并保存
saved-why-sign-in = 接下来，请在本机登录一次 Zoho，以便本应用使用此连接，并检查客户端是否可用。
saved-why-hand-over = 该集成会自行登录 Zoho：接下来，请把 Client ID 和 Client Secret 交付给它。无需再从本机登录；而且对同一个客户端，Zoho 只为每个人保留 20 次登录。
saved-why-send = 接下来，请把回复发送给提出请求的人。
saved-connect = 下一步：登录 Zoho
saved-handover = 跳过登录：直接交付
saved-done = 稍后再说：前往连接列表
saved-summary = 开发者信息
saved-p = 本机上的脚本可以用 <code data-l10n-name="code0"></code> 获取访问令牌，<code>zcw show</code> 会列出此连接。
back-3 = 返回
save-secret = 安全保存

## step-4

step-4-title = 为 “<span data-l10n-name="s4-name"></span>” 登录 Zoho
step-4-p = 您将在浏览器中登录 Zoho，然后点击 <b>Accept</b>（接受）。随后 Zoho 会把浏览器送回本应用，这次登录会保存在<strong data-l10n-name="s4-store"></strong>中。
s4-reconnect = <strong>此连接已经登录。</strong>重新登录没有问题，但对同一个客户端，Zoho 只为每个人保留最近的 20 次登录，并会在不提示的情况下删除最早的登录，因此仍在使用很早以前那次登录的电脑或服务器可能会停止工作。
s4-scopes-field-legend = 此连接可以在 Zoho 中做什么？
s4-scopes-hint = 请勾选使用此连接的脚本所需的权限。登录时 Zoho 会显示同样的列表，并请您接受。每项权限旁边用小字显示 Zoho 自己的名称（scope）。
s4-scopes-field-span = 显示登录的是哪个 Zoho 账号
s4-advanced-summary = 高级
label-s4-extra = 其他权限（Zoho 的 scope 名称，用英文逗号分隔）
s4-advanced-label = <input data-l10n-name="s4-pkce"> 用 PKCE 保护登录（仅当 Zoho 拒绝此客户端的登录时才关闭）。
s4-waiting-strong = 正在等待您在浏览器中登录 Zoho…
s4-waiting-p = 您在浏览器中点击 <b>Accept</b>（接受）后，本窗口会自动继续。
s4-waiting-p-2 = 浏览器没有打开？请把登录地址复制到浏览器中：<span data-l10n-name="s4-url-copy"></span>
s4-show-causes = 没有反应？
s4-help-p = <strong>没有反应，或者浏览器中出现错误？</strong>可能的原因如下，最可能的排在最前面：
s4-paste-explain = 浏览器地址栏中的完整地址，以 <code data-l10n-name="s4-redirect-2"></code> 开头：
label-s4-pasted = 浏览器最后停留的地址
s4-use-pasted = 使用此地址
s4-help-p-2 = 需要注册的重定向 URI：<code data-l10n-name="s4-redirect-3"></code><span data-l10n-name="s4-redirect-copy"></span>
s4-help-summary = 详细信息
s4-help-p-3 = 登录地址：<code data-l10n-name="s4-url"></code>
s4-cancel = 取消
s4-confirm-p = <strong>登录的是另一个 Zoho 账号。</strong>此连接之前以 <strong data-l10n-name="strong0"></strong> 登录；这次登录的是 <strong data-l10n-name="strong1"></strong>。
s4-confirm-p-2 = 切换后，使用此连接的脚本今后将以新账号的身份操作。保留之前的账号，则会在 Zoho 撤销这次新的登录，连接保持原样。
s4-keep = 切换到 <bdi data-l10n-name="s4-keep-account"></bdi>
s4-discard = 保留 <bdi data-l10n-name="s4-discard-account"></bdi>
s4-done-summary = 开发者信息
s4-done-p = 本机上的脚本可以用 <code data-l10n-name="code0"></code> 获取新的访问令牌。
s4-handover = 下一步：交付
s4-finish = 前往连接列表
back-4 = 返回
s4-connect = 登录 Zoho

## step-5

label-s5-clear = 复制的机密信息多久后从剪贴板清除
s5-clear-option = 10 秒
s5-clear-option-2 = 30 秒
s5-clear-option-3 = 1 分钟
s5-clear-option-4 = 2 分钟
s5-clear-option-5 = 从不（直到复制了其他内容）
s5-clear-hint = 仅当剪贴板中仍是该内容时才会清除；本应用退出时总会清除。机密信息带有标记，剪贴板管理工具不会保存它们。
back-5 = 返回
s5-done = 完成：前往连接列表

## step-5-reply

reply-title = 发送回复
step-5-reply-dt = 请求方
step-5-reply-dt-2 = 指纹
step-5-reply-p = 可以保存为文件并附在电子邮件中，也可以作为文本复制到邮件里。除此之外，没有任何内容会离开本机。
save-reply = 将回复保存为文件…
copy-reply = 将回复复制为文本
reply-code-box-p = 回复码 <strong data-l10n-name="reply-code"></strong>
reply-code-box-p-2 = 如果提出请求的人打电话来核对，请把这个回复码读给对方听：对方的应用在导入回复时会显示相同的回复码。
reply-after-legend = 本机上的这个连接怎么处理？
reply-after-p = 如果您以后可能要断开它的连接或替换它的 Client Secret，请保留它。移除只会从本机删除它的 Client Secret 和登录：您生成的回复仍然有效，客户端也仍在 Zoho 中保持注册。
reply-keep = 保留在本机
reply-remove = 从本机移除

# 界面在运行过程中拼合的文字

## 框架：步骤条、语言菜单、通用文字

dc-label = { $id } · { $region }（{ $domain }）
details = 详细信息
language-label = 语言
check-updates = 检查更新
update-title = 更新
update-looking = 正在查找新版本…
update-newest = 您使用的已是最新版本 { $running }。
update-available = Zoho Credential Wizard 有新版本 { $version } 可用。您当前的版本是 { $running }。
update-notes-label = 更新内容（摘自发行说明）：
update-no-notes = 此版本没有发行说明。
install-update = 安装并重新启动
dismiss-update = 以后再说
update-installing = 正在下载更新并验证其数字签名…安装完成后，本应用会重新启动。
# $manager：apt（.deb 软件包）或 dnf（.rpm 软件包）。
update-package = { $manager ->
        [apt] 本应用是以 .deb 软件包安装的，因此新版本由您的软件包管理器安装。请在终端中运行：
       *[dnf] 本应用是以 .rpm 软件包安装的，因此新版本由您的软件包管理器安装。请在终端中运行：
    }
update-package-repository = 如果您的软件包管理器找不到新版本，请添加本应用的软件源（只需添加一次，方法见 README），或从本项目的发布页面下载新的软件包。
auto-updates = 每天一次，在本应用启动时查找新版本
close-updates = 关闭
language-system = 与电脑的语言相同
stepper-integration = 集成
stepper-register = 在 Zoho 中注册
stepper-code = Zoho 授权码
stepper-secret = Client Secret
stepper-sign-in = 登录
stepper-hand-over = 交付
stepper-reply = 发送回复
stepper-done = （已完成）
# 错误信息中的值列表为空时显示的文字（例如没有获得任何 scope）。
none-on-record = 无记录
removed-connection = 已移除“{ $name }”及其机密信息。
copy = 复制
# “复制”按钮所复制的值的名称，供屏幕阅读器使用。
copy-label = 复制{ $label }
copied = ✓ 已复制
# The copy keys off a Mac (on a Mac the app says ⌘C).
copy-keys = Ctrl+C
copy-by-hand = 请选中文本，然后按 { $keys }
copied-kept = 已复制{ $label }。它会一直留在剪贴板中，直到复制了其他内容。
copied-clears = 已复制{ $label }。剪贴板将在 { $left } 秒后清除。
copied-cleared = { $label }：已清除剪贴板（如果其中仍是该内容）。
secret-kept-in = •••••••• 保存在{ $store }中
snippet-code = { $edition } 代码

## 检查本机

check-fine = { $check }：正常
check-attention = { $check }：需要处理
check-fix = 处理方法：{ $fix }
checking = 正在检查…（最多十秒）
checks-attention = 有 { $problems } 项需要处理。
checks-fine = 本应用所需的一切均已就绪。

## 随请求发送的邮件（纯文本：保留换行）

email-new =
    您好：

    { $from } 请您在贵公司的 Zoho 账号中为“{ $name }”创建一个 Zoho API 客户端。只有 Zoho 管理员才能完成此操作；大约需要五分钟，而且不会通过电子邮件发送任何密码或机密信息。

    1. 安装 Zoho Credential Wizard（免费）：{ $downloads }
    2. 用它打开附件中的文件 { $file }。没有附件？请在应用中点击“打开收到的请求”，然后粘贴本邮件末尾的链接。
    3. 我们会用您已经知道的电话号码给您打电话，向您读出请求的指纹。只有与应用显示的指纹一致时才继续；如果不一致，请停止：请求在传送途中被改动过。
    4. 按照应用中的步骤操作。最后它会生成一份回复：请在回信时将其作为附件发给我们。

    请求的过期时间：{ $expires }。

    请求链接（用于第 2 步，仅在没有附件时使用）：
    { $link }
email-reconnect =
    您好：

    { $from } 请您为连接“{ $name }”重新登录 Zoho，以便它继续正常工作。不会新建任何内容，也不会通过电子邮件发送任何密码或机密信息。

    1. 安装 Zoho Credential Wizard（免费）：{ $downloads }
    2. 用它打开附件中的文件 { $file }。没有附件？请在应用中点击“打开收到的请求”，然后粘贴本邮件末尾的链接。
    3. 我们会用您已经知道的电话号码给您打电话，向您读出请求的指纹。只有与应用显示的指纹一致时才继续；如果不一致，请停止：请求在传送途中被改动过。
    4. 按照应用中的步骤操作。最后它会生成一份回复：请在回信时将其作为附件发给我们。

    请求的过期时间：{ $expires }。

    请求链接（用于第 2 步，仅在没有附件时使用）：
    { $link }

## 用通俗语言描述的权限（第 4 步）；每项旁边显示 Zoho 的 scope 名称

scope-crm-modules = 读取和更改记录（线索、联系人、商机…）
scope-crm-settings = 读取和更改设置（字段、布局）
scope-crm-users = 读取和管理用户
scope-crm-org = 读取和更改组织信息
scope-crm-coql = 用查询语句搜索记录（COQL）
scope-books = Books 中的全部内容
scope-inventory = Inventory 中的全部内容
scope-desk-tickets = 读取和更改工单
scope-desk-basic = 读取部门和客服人员
scope-analytics = 读取和更改数据
scope-creator-reports = 读取报表
scope-creator-forms = 通过表单添加记录

## 通用按钮，以及 Zoho API 控制台自己的字段名称（按控制台显示的原样保留 Zoho 的标签）

show = 显示
hide = 隐藏
console-opened = 已在浏览器中打开 { $url }。
console-opened-copy = 已在浏览器中打开 { $url }。没有打开？请把地址复制到浏览器中：
console-address = 控制台地址
zoho-client-type = Client type（客户端类型）
zoho-client-name = Client Name（客户端名称）
zoho-homepage = Homepage URL（主页网址）
zoho-redirect-uri = Authorized Redirect URI（已授权的重定向 URI）
zoho-redirect-uri-numbered = Authorized Redirect URI { $number }（已授权的重定向 URI）

## Self Client

self-saved = 已保存“{ $name }” · { $dc } · Client Secret 和令牌保存在{ $store }中 · ••••{ $last4 }
self-file-warning = 警告：下载的文件 { $file } 中仍以明文保存着 Client Secret，能使用这台电脑的任何人都可以读取。除非您在别处还需要它，否则请立即删除。
self-no-file = 没有任何内容保存到文件中。如果控制台也下载了 self_client.json，请将其删除：其中以明文保存着 Client Secret。
self-file-deleted = 已删除 { $path }。
copy-scopes-by-hand = 请选中这些 scope，然后按 { $keys }

## 登录或导入后的测试调用

test-call-running = 正在向 Zoho 发起一次调用，测试此连接…
test-call-reached = 测试通过：已成功访问 { $reached }。
test-call-tokens = 测试通过：Zoho 为它提供了可用的令牌（其权限不允许进行测试调用）。
test-call-failed = 测试调用未成功：{ $problem }

## 机密信息的保存位置，以及各种集成

store-in-keychain = 本机钥匙串
store-in-encrypted-file = 加密文件
store-in-vault = 团队存储（OpenBao/Vault）
store-label-keychain = 钥匙串
store-label-encrypted-file = 加密文件
store-label-vault = 团队存储
template-catalyst = Catalyst 应用
template-hotglue = Hotglue / Optiply
template-custom = 自定义
template-self-client = Self Client

## 连接页面

verdict-working = 正常
verdict-unreachable = 未检查：无法访问 Zoho
verdict-rate_limited = 未检查：Zoho 要求稍候（频率限制）
verdict-failed = 检查失败
verdict-scope_missing = 缺少一项权限
verdict-needs_sign_in = 需要重新登录
verdict-client_rejected = Zoho 不再接受其 Client Secret
action-sign-in-again = 重新登录
action-ask-customer = 请客户重新登录
action-replace-secret = 替换 Client Secret
# 按钮供屏幕阅读器使用的名称：先是操作，再是它针对的连接。
action-for = { $action }：{ $name }
status-connected-renews = 已连接 · 自动续期
status-connected = 已连接
status-secret-saved = Client Secret 已保存
open-connection = 打开“{ $name }”
store-now-keychain = 新的机密信息现在保存在本机钥匙串中。
store-now-encrypted-file = 新的机密信息现在保存在加密文件中。
store-now-team = 已使用{ $token }接入位于 { $address } 的团队存储，其中有 { $count } 个连接。新的连接及其机密信息现在保存在那里。
token-entered = 您输入的令牌
token-variable = 环境变量 { $name } 中的令牌
token-token-file = 文件 { $path } 中的令牌
token-app-role = 通过 AppRole 登录获得的令牌
damaged-question = 要从团队存储中删除记录“{ $name }”及其 Client Secret 和令牌吗？这对所有使用该团队存储的电脑都生效。其他内容都不会改变；之后请重新添加该连接。
damaged-delete = 删除已损坏的记录
damaged-offer = 删除已损坏的记录…
cancel = 取消
try-again = 重试

## 第 1 步和第 3 步

still-needed = 还需填写：{ $fields }。
# 仍需填写的各字段名称之间的分隔符。
list-separator = 、
correct-fields = 请更正标为红色的字段后继续。
org-id-taken = ✓ 已从地址中获取组织 ID { $org }。
field-dc = 数据中心
field-template = 集成
field-client-name = 客户端名称
field-loopback-port = 本应用的端口
field-catalyst-project = 项目名称
field-catalyst-org = 组织 ID
field-catalyst-environment = 环境
field-catalyst-function = 函数名称
field-catalyst-serve-port = 本地 serve 端口
field-hotglue-homepage = 主页网址
field-custom-homepage = 主页网址
field-custom-redirect-uris = 重定向 URI
field-connection-name = 连接名称
field-client-id = Client ID
field-client-secret = Client Secret
field-passphrase = 密码
field-pasted-address = 粘贴的地址
field-team-address = 团队存储地址
field-team-mount = KV 挂载点
field-team-prefix = 前缀
field-team-role-id = AppRole 角色 ID
field-request-from = 请求方
field-request-expires = 有效期
next-sign-in-to-zoho = 下一步：登录 Zoho
also-sign-in-here = 同时从本机登录
skip-to-hand-over = 跳过登录：直接交付
next-hand-over = 下一步：交付
next-send-reply = 下一步：发送回复
skip-to-send-reply = 跳过登录：直接发送回复
saving = 正在保存…
saved-in = 已保存到{ $store } · ••••{ $last4 }
saved-placeholder = ✓ 已保存

## 第 4 步：登录

choose-a-permission = 请至少勾选一项权限。
# 本应用等待登录时的倒计时：time 的格式为“分:秒”。
time-left = 剩余 { $time }
redirect-uri = 重定向 URI
sign-in-address = 登录地址
copy-sign-in-address = 复制登录地址
browser-did-not-open = 浏览器没有打开（{ $reason }）。
pkce-off = 仅此次登录关闭了 PKCE。除非 Zoho 因 PKCE 拒绝登录，否则请保持开启。

## 连接的详细信息

disconnect-question = 要断开“{ $name }”的连接吗？它的登录会在 Zoho 撤销，并从这里删除，因此所有使用此连接的脚本和服务器都将停止工作。Client Secret 会保留，以后可以重新登录。
remove-question = 要移除“{ $name }”吗？它的 Client Secret 和令牌将从{ $store }中删除，该连接也会从此列表中消失。客户端仍在 Zoho 中保持注册：如果不再需要，请在 API 控制台中删除它。
remove-question-signed-in = 要移除“{ $name }”吗？它的登录会先在 Zoho 撤销，然后其 Client Secret 和令牌将从{ $store }中删除，该连接也会从此列表中消失。客户端仍在 Zoho 中保持注册：如果不再需要，请在 API 控制台中删除它。
new-secret-saved = ✓ 新的 Client Secret 已保存到{ $store } · ••••{ $last4 }
renamed = ✓ 已重命名为“{ $name }”。
sign-in-to-zoho = 登录 Zoho
fact-dc = 数据中心
fact-client-id = Client ID
fact-integration = 集成
fact-secret-in = Client Secret 保存于
fact-signed-in-as = 登录账号
no-profile-scope = （不含 profile scope）
fact-api-domain = API 域名
fact-access-until = 访问令牌有效期至
fact-created = 创建时间
fact-updated = 更新时间

## 与客户协作：请求和回复

cancel-request = 取消请求“{ $name }”
request-form-title = 您的客户需要创建什么？
reconnect-request-made = 您的重新登录请求已可发送
email-text = 邮件正文
copy-email-text = 复制邮件正文
default-scopes = 默认的 scope
reply-holds = 此回复包含该连接的 Client ID 和 Client Secret，并已加密，只有此请求中的密钥才能打开。
reply-holds-sign-in = 此回复包含该连接的 Client ID、Client Secret 及其登录，并已加密，只有此请求中的密钥才能打开。
reply-saved = ✓ 已保存到 { $path }。请在回复请求邮件时，将它作为附件发回。
reply-copied = ✓ 已复制。请把它粘贴到您对请求邮件的回信中。
fingerprint-unknown = 未知（该请求是用较早的版本打开的）
replaces-sign-in-of = 其新的登录将替换此处保存的 { $account } 的登录
replaces-sign-in = 其新的登录将替换此处保存的登录
account-confirmed = （Zoho 已通过回复中的登录确认）
account-as-reply-says = （以回复中所写为准：Zoho 无法确认，请与客户告诉您的信息核对）
account-not-known = 未知
account-none = 无
account-no-profile = （该登录不含 profile scope）
account-no-sign-in = （回复中没有登录，只有客户端）
confirm-account-and-client = 这是我客户的 Zoho 账号和客户端
confirm-client = 这是我客户的 Zoho 客户端
reply-late = 此回复在其请求过期后才到达（{ $late }）。任何看到过该请求的人都可能回复它：只有当您确实在等客户的这份回复时才导入。
earlier-revoked = 之前的登录已在 Zoho 撤销。
earlier-gone = 之前的登录在 Zoho 已经失效。
earlier-not-revoked = 目前无法撤销之前的登录（无法访问 Zoho）：客户的管理员可以在其 Zoho 账号的 Connected Apps（已连接的应用）中将其移除。
reconnected = 已重新登录“{ $name }”：新的登录替换了之前的登录。
secret-regenerated = 它的 Client Secret 已重新生成：新的 Client Secret 已替换{ $store }中的旧值 · ••••{ $last4 }。
imported = 已导入“{ $name }” · { $dc } · Client Secret 已保存到{ $store } · ••••{ $last4 }
request-saved = ✓ 已保存到 { $path }。
link-copied = ✓ 链接已复制。请把它粘贴到您的邮件中。
removed-here = 已从本机移除“{ $name }”。

## 登录可能没有返回本应用的原因（第 4 步的等待界面）

cause-redirect-uri = 在 Zoho API 控制台中注册的重定向 URI 与 { $uri } 不完全一致（端口须相同，末尾不带斜杠，要用 localhost 而不是 127.0.0.1）。这时 Zoho 会在浏览器中显示“Invalid Redirect Uri”，而不会返回本应用。请在控制台中把它添加到该客户端。
cause-other-data-centre = 该客户端注册在另一个数据中心的控制台中，而不是 { $console }。请检查您使用的控制台与所选的数据中心是否一致。
cause-other-computer = 浏览器在另一台电脑上，或者无法访问本机。请复制点击 Accept（接受）后浏览器最后停留的地址，粘贴到这里。
cause-start-again = 请重新开始登录，并在浏览器中完成。
connected-summary = 已连接，登录账号：{ $account } · { $dc } · { $scopes }
your-zoho-account = 您的 Zoho 账号
dc-changed = Zoho 的返回来自 { $to } 数据中心，而不是 { $from }；此连接现在使用 { $to }。

## 结果旁的提示和警告

note-client-id-shape = 这看起来不像 Zoho 的 Client ID（通常是 1000. 后跟 30 个大写字母和数字）。请检查是否复制了完整的 Client ID。
note-client-secret-shape = 这看起来不像 Zoho 的 Client Secret（通常是 42 个小写字母和数字）。请检查是否复制完整。
note-console-unconfirmed = Zoho 尚未确认 { $dc } 的控制台地址 { $console }。如果无法打开，请在 { $accounts } 登录，然后从那里选择 API Console。
note-catalyst-host-assumed = Zoho 没有公布 { $dc } 数据中心的 Catalyst 主机地址，因此假定为 { $host }。请把应用域名与 Catalyst 控制台中您应用的 URL 进行比较。
note-production-unconfirmed = 生产环境的应用域名（.production.）未经 Zoho 确认。请把它与 Catalyst 控制台中您应用的 URL 进行比较。

## 第 5 步：交付（先是各个值的名称，再是各集成的做法）

value-client-id = Client ID
value-client-secret = Client Secret
value-accounts-server = 账号服务器
value-api-domain = API 域名
value-refresh-token = 刷新令牌
handover-hotglue-title = 在 Optiply 中添加 Zoho
handover-hotglue-intro = Optiply（通过 hotglue）会自行登录 Zoho：它需要的是 Client ID 和 Client Secret，而不是本应用的令牌。
handover-way-optiply = 在 Optiply 的控制面板中
handover-step-optiply-add = 打开 Settings > Integrations（设置 > 集成），将 Zoho 添加为数据源。
handover-step-optiply-paste = 用这里的“复制”按钮复制 Client ID 和 Client Secret，粘贴到 Optiply 中。
handover-step-optiply-consent = 随后 Optiply 会自行打开 Zoho 的确认页面：请在该页面上点击 Accept（接受）。之后 Zoho 会把浏览器送回您在第 2 步注册的 hotglue 重定向 URI { $hotglue }。
handover-catalyst-title = 把凭据交付给您的 Catalyst 函数
handover-catalyst-intro = { $function } 函数用 Zoho 的授权码换取令牌：它需要 Client ID 和 Client Secret。该应用会把每个用户的刷新令牌保存在它自己的 Data Store 表中。
handover-way-environment = 更安全的做法：作为函数的环境变量
handover-step-environment-open = 在 Catalyst 控制台中，依次打开 Serverless > Functions > { $function } > Configuration > Environment variables。
handover-step-environment-add = 添加 { $idVar }，值为 Client ID；添加 { $secretVar }，值为 Client Secret（Development 环境要添加；部署时 Production 环境也要添加）。
handover-step-environment-replace = 用下面这两行替换代码中的常量。
handover-way-constants = 作为函数代码中的常量（LeadManager 教程的做法）
handover-step-constants-node = Node.js 版本：在 functions/{ $function }/index.js 中，把 CLIENTID 设为 Client ID，把 CLIENT_SECRET 设为 Client Secret。
handover-step-constants-python = Python 版本：在 functions/{ $function }/main.py 中设置 CLIENT_ID 和 CLIENT_SECRET。
handover-step-constants-client = 前端代码（client/main.js）只需要 Client ID。
handover-warning-never-commit = 切勿把写在函数代码中的 Client Secret 提交到公开的代码仓库：任何读到它的人都能冒充您的客户端。如果已经发生，请在 Zoho API 控制台中重新生成 Client Secret。
handover-custom-title = 在您自己的脚本中使用此连接
handover-custom-intro = 让 zcw 在程序启动时为它提供新的访问令牌，而不是把机密信息复制到程序的配置中。
handover-way-command-line = 在命令行中
handover-step-zcw-exec = zcw exec { $name } -- ./your-script 会运行该脚本，并只在它的环境中提供 { $idVar }、{ $tokenVar }（至少 5 分钟内有效）、{ $apiVar }、{ $accountsVar } 和 { $dcVar }。
handover-step-zcw-token = zcw token { $name } 会输出一个有效的访问令牌，每次供一次调用使用。
handover-step-zcw-export = zcw export { $name } --format dotenv 会为读取这些值的工具输出同样的值；只有明确要求时才包含机密信息。

## 检查本机：每项检查的名称、检查结果以及处理方法

doctor-check = 检查项
doctor-stopped = 检查在完成前停止了。
doctor-run-again = 请重新运行检查。
doctor-keychain = 钥匙串
doctor-keychain-ok = 本机钥匙串有响应，并且已解锁。
doctor-keychain-lost-entry = 本机钥匙串接受了一个测试条目，却没有把它返回。
doctor-keychain-unavailable = 本机钥匙串不可用（{ $reason }）。
doctor-keychain-locked = 本机钥匙串已锁定或拒绝访问（{ $reason }）。
doctor-keychain-timeout = 本机钥匙串在 { $seconds } 秒内没有响应。
doctor-keychain-failed = { $reason }
doctor-keychain-restart = { $platform ->
        [windows] 请重新启动 Windows 凭据管理器，或改用加密文件。
        [macos] 请重新启动登录钥匙串（“钥匙串访问”），或改用加密文件。
       *[other] 请重新启动密钥环程序（GNOME Keyring 或 KWallet），或改用加密文件。
    }
doctor-keychain-install = { $platform ->
        [windows] 请启动 Windows 凭据管理器，或改用加密文件。
        [macos] 请启动登录钥匙串（“钥匙串访问”），或改用加密文件。
       *[other] 请安装并启动密钥环程序（GNOME Keyring 或 KWallet），或改用加密文件。
    }
doctor-keychain-unlock = { $platform ->
        [windows] 请解锁 Windows 凭据管理器（通常登录 Windows 后就会解锁），然后重新检查。
        [macos] 请在“钥匙串访问”中解锁登录钥匙串（通常登录 Mac 后就会解锁），然后重新检查。
       *[other] 请解锁密钥环程序（GNOME Keyring 或 KWallet；通常登录桌面会话后就会解锁），然后重新检查。
    }
doctor-keychain-waiting = 它可能正在某个对话框中等待输入密码：请将其解锁，然后重新检查。
doctor-ports = 登录端口
doctor-ports-free = localhost 上的端口 { $ports } 空闲，可用于登录。
doctor-ports-busy = 已被占用：{ $ports }。
doctor-ports-fix = 请在登录前关闭占用端口的程序，或为该连接另选一个端口，并在 Zoho API 控制台中为其注册 http://localhost:PORT/callback（PORT 为新端口号）。
doctor-browser = 浏览器
doctor-browser-set = $BROWSER 指定的是 { $program }，该程序存在。
doctor-browser-missing = $BROWSER 指定的是 { $program }，但找不到该程序。
doctor-browser-fix = 请将 BROWSER 设为本机已安装的浏览器，或取消设置，以使用桌面的默认浏览器。
doctor-browser-no-xdg-open = 没有安装 xdg-open（用来打开桌面浏览器的程序）。
doctor-browser-install = 请安装 xdg-utils，或将 BROWSER 设为您的浏览器。您也可以手动复制登录地址。
doctor-browser-default = 桌面的默认浏览器可以打开网址。
doctor-updates = 更新
doctor-updates-available = 已有新版本 { $newest }；当前版本为 { $running }。
doctor-updates-fix = 请更新本应用：使用安装它的软件包管理器（sudo apt update && sudo apt upgrade，或 sudo dnf upgrade），或者在本应用中点击“检查更新”。
doctor-updates-off = 当前版本为 { $running }。本应用不会自动查找新版本（已在应用中关闭）。
doctor-updates-current = 当前版本为 { $running }，是本应用上次查找时找到的最新版本。
doctor-updates-not-yet = 当前版本为 { $running }。本应用还没有查找过是否有新版本。
doctor-folder = 设置文件夹
doctor-folder-private = { $path } 仅供您本人访问。
doctor-folder-other-owner = { $path } 属于其他用户。
doctor-folder-open = 其他用户可以访问 { $path }（权限模式 { $mode }）。
doctor-folder-files-open = 其他用户可以访问 { $path } 中的 { $files }。
doctor-folder-narrowed = 本应用下次保存时会把它的权限收紧为仅限您本人；也可以将 ZCW_CONFIG_DIR 设为您自己的文件夹。
doctor-folder-unreadable = { $reason }
doctor-folder-own = 请将 ZCW_CONFIG_DIR 设为您自己的文件夹。
doctor-server = Zoho { $dc }（{ $host }）
doctor-server-override = 账号服务器 { $host }
doctor-server-fix = 请检查网络、代理或防火墙。
doctor-server-silent = 在 { $seconds } 秒内没有响应。
doctor-server-unreachable = 无法访问：{ $reason }。
doctor-clock-off = 可以访问，但本机时钟与 Zoho 的时间相差 { $offset } 秒。
doctor-clock-fix = 请校准时钟（开启自动设置时间）：时钟偏差达到几分钟时，Zoho 的授权码和令牌就会失效。
doctor-clock-agrees = 可以访问；时钟一致（相差 { $offset } 秒）。
doctor-reachable = 可以访问。

## 连接页面列出的、已发给客户的请求

request-waiting = 等待回复 · { $expires }过期
request-expired = 已于{ $expires }过期，未导入回复
request-answered = 已于{ $when }回复
disconnected-revoked = Zoho 已撤销“{ $name }”的登录（包括其刷新令牌，以及由它生成的访问令牌）。
disconnected-alreadyRevoked = “{ $name }”的登录在 Zoho 此前就已失效。
disconnected-localOnly = “{ $name }”的令牌只在本机删除了：Zoho 可能仍然接受它们。请在您 Zoho 账号的 Connected Apps（已连接的应用）中手动撤销该登录。
disconnected-notSignedIn = “{ $name }”没有可撤销的登录。

## Catalyst 教程中各版本的函数名称（第 1 步）

edition-crm_crud = Node.js 和 Java 版本
edition-lead_manager_function = Python 版本

# 错误：每条先说明发生了什么，再说明该怎么做


## reached

reached-crm-org = CRM 组织 { $org }
reached-crm-user = CRM 用户 { $email }
reached-crm-leads = CRM 的 Leads 模块
reached-crm-no-leads = CRM 的 Leads 模块（暂无线索）
reached-zoho-account = Zoho 账号 { $email }


## 错误中所指的值有什么问题：每一条都是所属错误信息中的一部分。
## 接在“团队存储的地址‘…’不可用：”或“ZCW_… 的值为‘…’，不能使用：”之后：
flaw-address-empty = 地址为空，请提供服务器的地址，例如 https://vault.example.com:8200
flaw-address-not-web = 这不是网址
flaw-address-has-path = 其中带有路径，请只提供服务器的地址
flaw-address-unencrypted = 这会把机密信息以未加密的方式发送到另一台电脑，请使用 https://
flaw-address-other-scheme = 它既不是 https:// 地址，也不是本机上的 http:// 地址
flaw-address-has-credentials = 其中含有用户名或密码
## 接在“此请求填写的请求方名称无法显示：”之后：
flaw-sender-empty = 名称为空
flaw-sender-spaced = 名称前后带有空格，或含有连续的空格
flaw-sender-too-long = 名称超过了 { $max } 个字符
flaw-sender-like-code = 名称中含有形似指纹的代码
flaw-sender-hidden-characters = 名称中含有可能隐藏屏幕内容或打乱其顺序的字符（控制字符或格式字符），或其他符号
## 放在“粘贴的地址不是此连接的登录返回地址（…）”的括号中：
flaw-pasted-not-web = 它不是网址
flaw-pasted-no-redirect-uri = 此连接没有有效的重定向 URI
flaw-pasted-elsewhere = 它指向别的地方
flaw-pasted-other-attempt = 它属于另一次登录
flaw-pasted-repeated = 其中的 { $part } 出现了不止一次
flaw-pasted-no-code = 其中没有授权码
## 接在“‘…’的回复中有一个无法使用的值：”或“团队存储中的记录 … 已损坏：”之后：
flaw-other-connection = 它对应的是另一个连接，而不是“{ $name }”
flaw-name-not-allowed = 其中的连接名称不允许使用
flaw-client-id-unusable = 其中的 Client ID 不是 Zoho 生成的格式
flaw-client-secret-unusable = 其中的 Client Secret 不是 Zoho 生成的格式
flaw-other-client = 它对应的客户端不是该连接所用的客户端
flaw-unknown-data-centre = 其中的数据中心并不是 Zoho 的数据中心
flaw-other-data-centre = 该客户端位于 { $dc } 数据中心，而请求要求的是 { $asked }
flaw-registration-invalid = 请求中的注册信息（{ $field ->
        [none] 其中某个值
       *[other] { $field }
    }）在回复所属的数据中心无效
flaw-no-sign-in = 请求要求附带登录，但其中没有登录
flaw-untrusted-accounts-server = 其账号服务器不是受信任的 Zoho 账号服务器
flaw-accounts-server-elsewhere = 其账号服务器属于 { $other } 数据中心，而不是 { $dc } 数据中心
flaw-api-domain-elsewhere = 其 API 域名不是 { $dc } 数据中心的 API 域名（{ $expected }）
flaw-scopes-not-zohos = 其中的 scope 不是 Zoho 的 scope 名称
flaw-account-not-address = 登录所用的账号不是电子邮件地址
flaw-connection-gone = 它要重新登录的连接已不在这里
flaw-client-changed = 这里的该连接现在使用的是另一个客户端
flaw-data-centre-changed = 自请求发出以来，这里的该连接已换到另一个数据中心
flaw-signed-in-since = 请求发出后，该连接已在这里重新登录过
flaw-account-unnamed = 请求要求知道登录的是哪个账号，但 Zoho 没有说明其登录属于哪个账号
flaw-account-not-zohos = 其中写明的账号与 Zoho 所说的登录账号（{ $zoho }）不一致
flaw-other-account = 它登录所用的 Zoho 账号与该连接的账号（{ $earlier }）不同
flaw-account-unknown = Zoho 没有说明登录的是哪个账号，而该连接之前的账号是 { $earlier }
flaw-kept-under-another = 它保存在“{ $key }”名下，写的却是另一个连接
flaw-port-unusable = 其中的本应用端口不可用
flaw-redirect-uri-unusable = 其中有一个重定向 URI 不可用
flaw-homepage-unusable = 其主页网址不可用
flaw-client-name-not-allowed = 其中的客户端名称不允许使用
flaw-signed-in-at-unknown = 其中记录的登录数据中心并不是 Zoho 的数据中心
flaw-request-unusable = 该连接所源自的请求无法使用

## 本应用代您完成的操作（显示在连接列表上方）
notice-cached-token-replaced = “{ $name }”缓存的访问令牌不可能来自 Zoho（其有效期、刷新时间或 API 域名有误），因此已换成新的访问令牌。
notice-token-not-kept = 无法保存“{ $name }”新的访问令牌，供下次调用使用。这次已直接使用了它；请检查该连接机密信息的保存位置。
notice-request-removed = 请求“{ $name }”已过期（{ $when }），一直没有收到回复：它已连同其密钥一起移除，因此无法再打开对它的回复。如果仍然需要，请生成新的请求。

## why

why-never-connected = 从未连接过
why-refresh-token-missing = 缺少刷新令牌
why-refresh-token-refused = Zoho 已不再接受其刷新令牌（已被撤销，或被较新的登录挤掉：Zoho 每个用户最多保留 20 个）
why-disconnected-during-refresh = 在刷新访问令牌时连接被断开
why-disconnected = 连接已断开
why-no-refresh-token = 没有刷新令牌

## InputError

error-unknown_data_centre = 未知的数据中心“{ $given }”。请从以下各项中选择：{ $known }。
# 客户端名称：只能使用字母、数字、空格、_ 和 &（不能有连字符、撇号或句点）。
suggested-client-name = 我的 Zoho 客户端
error-client_name_empty = 请输入客户端名称，例如 { $example }。
error-client_name_invalid_chars = 客户端名称中包含 { $chars }。Zoho 只允许使用字母、数字、空格、_ 和 &。
error-port_empty = 请输入端口号（{ $min } 到 { $max }）。
error-port_not_number = “{ $given }”不是端口号。请输入 { $min } 到 { $max } 之间的整数。
error-port_out_of_range = 端口 { $value } 超出范围。请使用 { $min } 到 { $max } 之间的端口。
error-ports_clash = 端口 { $port } 同时也是本地 serve 端口。请为本应用的回环地址另选一个端口。
error-project_name_empty = 请输入 Catalyst 项目名称，与 Catalyst 控制台中显示的一致（例如 LeadManager）。
error-project_name_invalid_chars = 项目名称中包含 { $chars }。只能使用字母和数字（空格会被去掉，大写字母会转为小写）。
error-org_id_empty = 请输入组织 ID：即 Catalyst 控制台地址中 /baas/ 后面的数字，也可以粘贴整个地址。
error-org_id_not_numeric = 组织 ID“{ $given }”不是数字。请复制 Catalyst 控制台地址中 /baas/ 后面的数字，或粘贴整个地址。
error-org_id_not_in_url = 此地址中没有组织 ID。请在 Catalyst 控制台中打开您的项目，然后从浏览器地址栏复制地址（其中包含 /baas/ 及其后的数字）。
error-unknown_environment = 未知的环境“{ $given }”。请选择 development（开发环境）或 production（生产环境）。
error-function_name_empty = 请输入函数名称（Node.js 和 Java 版本为 crm_crud，Python 版本为 lead_manager_function）。
error-function_name_invalid_chars = 函数名称中包含 { $chars }。只能使用字母、数字、_ 和 -。
error-url_empty = 请输入以 https:// 开头的地址。
error-url_malformed = “{ $given }”不是完整的网址（{ $reason }）。请按 https://example.com/... 的格式输入。
error-url_not_https = “{ $given }”必须以 https:// 开头（只有 localhost 才接受普通的 http://）。
error-url_loopback_ip = Zoho 不接受重定向 URI 中的 127.0.0.1 和 [::1]。请改为填写“{ $suggestion }”。
error-url_has_query_or_fragment = “{ $given }”中含有查询参数（?...）或片段（#...）。请删除从 ? 或 # 开始的所有内容。
error-url_has_credentials = “{ $given }”中含有用户名或密码。请删除 @ 及其之前的部分。
error-connection_name_empty = 请为此连接输入名称，例如 LeadManagerApp。
error-connection_name_invalid_chars = 连接名称中包含 { $chars }。只能使用汉字、字母、数字、空格和 _ . - 三个符号。
error-connection_name_too_long = 连接名称太长。最多只能使用 { $max } 个字符。
error-connection_exists = 已存在名为“{ $name }”的连接。请另选名称，或打开该连接来替换其 Client Secret。
error-connection_not_found = 没有名为“{ $name }”的连接。
error-client_id_empty = 请粘贴您点击 Create 后 Zoho 显示的 Client ID。
error-client_id_looks_like_secret = 这看起来是 Client Secret，而不是 Client ID。请把它粘贴到 Client Secret 输入框中，并把 Client ID（以 1000. 开头）复制到这个输入框。
error-client_id_has_spaces = Client ID 中含有空格。请从 Zoho API 控制台重新复制，不要带上前后的任何内容。
error-client_secret_empty = 请粘贴您点击 Create 后 Zoho 显示的 Client Secret。
error-client_secret_looks_like_id = 这看起来是 Client ID（以 1000. 开头），而不是 Client Secret。请在此粘贴 Client Secret：在 Zoho API 控制台中，它显示在 Client ID 的下方。
error-passphrase_too_short = 密码太短。请至少使用 { $min } 个字符，最好由几个互不相关的词语组成。
error-passphrase_mismatch = 两次输入的密码不一致。请输入两次相同的密码。
error-wrong_passphrase = 加密文件的密码错误：与创建该文件时设置的密码不符。
error-server_url_rejected = { $variable } 的值为“{ $value }”，不能使用：{ $reason }。请将其设为 https:// 地址，或仅限本机的 http:// 地址（127.0.0.1、[::1] 或 localhost），或者取消设置。
error-account_changed = 登录的账号是 { $now }，但此连接之前以 { $previous } 登录。这次新的登录没有保留，其令牌已被撤销。
error-team_address_rejected = 团队存储的地址“{ $value }”不可用：{ $reason }。
error-team_path_invalid = { $field }“{ $value }”不是团队存储中的有效路径。请使用字母、数字、_、- 和 .，各部分之间用 / 分隔。
error-team_app_role_incomplete = AppRole 需要同时提供角色 ID 和存放 Secret ID 的文件。请两者都填写；如果要使用令牌，则两者都不填。
error-connection_name_dots = 连接名称不能只由点组成。请同时使用汉字、字母或数字。
error-requester_empty = 请输入是谁在请求凭据，即客户的管理员所知道的您的名称（例如 Acme 集成服务）。
error-requester_invalid_chars = “请求方”中包含 { $chars }。只能使用汉字、字母、数字、空格和半角标点（. , - ' & ( ) / @ + _ : ! ? #）。
error-requester_too_long = “请求方”太长。最多只能使用 { $max } 个字符。
error-requester_looks_like_code = “请求方”中含有形似指纹的代码（由四个字母或数字组成的分组，例如 ABCD-1234）。请只填写名称：管理员的应用会自行显示请求的指纹，请求中的任何内容都不能看起来像指纹。
error-request_name_looks_like_code = 请求中的连接名称不能形似指纹（由四个字母或数字组成的分组，例如 ABCD-1234）：管理员要核对的是其应用显示的指纹。请另选名称。
error-request_lifetime_out_of_range = 请求的有效期不能为 { $given }。请选择 { $min } 到 { $max } 之间的值。
error-pasted_address_invalid = 粘贴的地址不是此连接的登录返回地址（{ $reason }）。请在 Zoho 把您送回后，从浏览器地址栏粘贴完整地址（以 { $expected } 开头）。

## StoreError

error-read_back_mismatch = 从 { $store } 读回的机密信息与输入的不一致，因此没有保存。请再次尝试保存。
error-secret_missing = { $store } 中没有“{ $name }”的 Client Secret。

## FileError

error-config_dir_unknown = 找不到用于保存设置的文件夹：无法确定用户主目录。请将 ZCW_CONFIG_DIR 设为本应用可以写入的文件夹。
error-cannot_write = 无法写入 { $path }。请检查该文件夹是否存在且可写，或将 ZCW_CONFIG_DIR 设为其他文件夹。
error-cannot_read = 无法读取 { $path }。请检查它是否存在，以及您是否有权读取。
error-not_a_regular_file = { $path } 不是文件（而是文件夹、管道或设备），因此没有读取。请选择文件本身。
error-too_large = { $path } 大于 { $max_kib } KiB，远大于应有的文件大小，因此没有读取。请选择正确的文件。
error-not_text = { $path } 中不是文本，因此不是应有的文件。请选择正确的文件。
error-not_yours = 文件夹 { $path } 属于其他用户，因此本应用不会在其中保存文件。请使用您自己的文件夹（设置 ZCW_CONFIG_DIR），或将这个文件夹的所有权交还给您的用户。
error-draft_corrupt = 无法读取已保存的向导草稿，因此已将其移至 { $moved_to }，向导将重新开始。请重新填写各步骤；如果需要其中的某个值，旧草稿仍保留在那里。
error-connections_corrupt = 无法读取连接文件。为避免丢失，已将其移至 { $moved_to }，现在从空列表开始。如有可能，请从那里恢复。
error-connections_from_newer_version = 连接文件 { $path } 是由更新版本的本应用写入的（架构版本 { $version }）。请更新 Zoho Credential Wizard 后再使用。

## BrowserError

error-launch_failed = 无法打开浏览器。请改为将地址 { $url } 复制到浏览器中。
error-untrusted_url = 拒绝打开 { $url }：它不是已知数据中心的 Zoho API 控制台。没有打开任何内容。请使用“打开 Zoho API 控制台”按钮，它会打开您所选数据中心的控制台。

## ClipboardError

error-unavailable = 此处无法使用剪贴板。复制需要桌面会话：请在您要粘贴的地方运行本程序。

## SignInError

error-port_in_use = 本机的端口 { $port } 已被占用，登录无法返回本应用。请关闭占用该端口的程序后重试，或为此连接另选一个端口，并在 Zoho API 控制台中为其注册 http://localhost:PORT/callback（PORT 为新端口号）。
error-port_permission_denied = 本机不允许监听端口 { $port }（在 Windows 上，该端口可能位于保留范围内）。请为此连接另选一个端口，并在 Zoho API 控制台中为其注册 http://localhost:PORT/callback（PORT 为新端口号）。
error-listener_failed = 本应用无法在端口 { $port } 上监听登录。请关闭占用该端口的程序后重试，或为此连接另选一个端口，并在 Zoho API 控制台中为其注册 http://localhost:PORT/callback（PORT 为新端口号）。
error-timed_out = 在 { $seconds } 秒内没有收到 Zoho 的返回。{ $causes }
error-cancelled = 登录已取消。准备好后请重新开始登录。
error-declined = 您在 Zoho 中拒绝了访问，因此没有颁发任何令牌。请重新开始登录，并在 Zoho 中点击 Accept（接受）。
error-untrusted_accounts_server = Zoho 的返回中将 { $server } 指定为账号服务器，但它不是已知的 Zoho 账号服务器。没有向它发送任何内容。请重新开始登录；如果再次出现，可能有人在篡改登录过程。
error-not_started = 当前没有正在进行的登录。请重新开始登录。
error-discarded = 这次新的登录已在 Zoho 撤销，其令牌已删除；此连接仍以 { $previous } 登录。如果终究还是要使用另一个账号，请重新登录并切换到该账号。
error-revoke_unreachable = 无法访问 Zoho 来撤销“{ $name }”的登录，因此没有删除任何内容。您也可以手动撤销：在您的 Zoho 账号中打开 Connected Apps（已连接的应用），移除此客户端。
error-needs_sign_in = “{ $name }”没有可用的登录：{ $why }。

## ZohoError

error-invalid_client = Zoho 拒绝了该客户端：Client Secret 错误，或该客户端注册在另一个数据中心。请检查数据中心；如果重新生成过 Client Secret，请替换它，然后重试。
error-invalid_client_secret = Zoho 提示 Client Secret 错误。请从 Zoho API 控制台重新复制（或重新生成），然后替换它。
error-invalid_code = 登录授权码已过期或已被使用（授权码的有效期为 1 到 2 分钟）。请重新开始登录。
error-invalid_redirect_uri = Zoho 提示重定向 URI 与注册的不一致。请在 Zoho API 控制台中准确注册 { $uri }（端口相同，末尾不带斜杠）。
error-rate_limited = Zoho 正在对此客户端限流（访问过于频繁）。请等待几分钟后重试。
error-access_denied = Zoho 拒绝了访问：此客户端的登录次数过多，或访问被拒绝。请等待几分钟，然后重新登录。
error-unexpected = Zoho 返回了本应用无法识别的错误。请重试；如果再次出现，请在 Zoho API 控制台中检查该客户端。
error-bad_response = 无法理解 Zoho 的返回内容。请过几分钟再试；如果再次出现，可能是 Zoho 正在调整其服务。
error-token_rate_limited = Zoho 规定每个连接每 10 分钟最多获取 10 个新的访问令牌，“{ $name }”已达到上限。请在 { $wait_secs } 秒后重试。

## NetworkError

error-timeout = Zoho 在 { $seconds } 秒内没有响应。请检查网络（以及代理设置），然后重试。
error-unreachable = 无法访问 Zoho。请检查网络（以及代理设置），然后重试。

## Error


## KeychainError

error-keychain_unavailable = 本机钥匙串不可用。请安装并启动密钥环程序（如 GNOME Keyring 或 KWallet）并将其解锁，然后重试。没有保存任何内容。
error-keychain_locked = 本机钥匙串已锁定或拒绝访问。请将其解锁（登录您的桌面会话，或在密钥环程序中解锁），然后重试。没有保存任何内容。
error-keychain_timeout = 本机钥匙串在 { $seconds } 秒内没有响应。它可能已锁定，正在某个对话框中等待输入密码：请将其解锁后重试。钥匙串稍后可能仍会完成这次更改；下次更改连接时会检查并加以清理。
error-keychain_too_long = { $what ->
        [secret] 机密信息
       *[name] 条目名称
    }的长度超过了本机钥匙串允许的上限（最多 { $limit } 字节），因此没有保存。
error-keychain_failure = 本机钥匙串出现故障。请重试；如果一直失败，请重新启动密钥环程序。

## FileStoreError

error-file_store_missing = 加密文件 { $path } 尚不存在。
error-file_store_corrupt = 无法读取加密文件 { $path }：文件已损坏，或者不是本应用的加密文件。请从备份中恢复，或将其移走后重新保存机密信息。
error-file_store_key_mismatch = 加密文件 { $path } 不是用 { $key } 中的密钥创建的：这两个文件属于不同的存储。没有做任何更改。请放回原先位于此存储旁边的密钥文件（来自同一备份；之前被替下的密钥文件会保存在它旁边，文件名以 .unused 结尾），或将两者都移走后重新保存机密信息。如果该存储正在后台保持解锁，请先将其锁定，再重新解锁。
error-file_store_key_damaged = 加密文件的密钥文件 { $key } 已损坏。没有做任何更改。请从与 { $path } 相同的备份中恢复它；没有它就无法打开该存储。
error-file_store_too_much_work = 用密码打开 { $path } 所需的计算量（scrypt 2^{ $required }）超过了本机允许的上限（最多 2^{ $allowed }）：该密码是在速度快得多的电脑上设置的，或者不是由本应用设置的。没有做任何更改。请在设置该密码的电脑上打开此存储，并在那里设置新密码。
error-file_store_key_missing = 加密文件 { $path } 的密钥缺失：它的密码用于打开旁边的密钥文件 { $key }，但该文件不存在。没有做任何更改。请从与此存储相同的备份中恢复密钥文件。
error-passphrase_needed = 机密信息保存在加密文件中，需要输入它的密码。
error-agent = 保持加密文件解锁的后台代理程序出现故障。
error-agent_outdated = 保持加密文件解锁的后台代理程序是由本程序的另一个版本启动的（协议 { $found }；本版本使用 { $expected }），升级后常会出现这种情况。
error-agent_running = 已有一个后台代理程序在运行（其套接字为 { $path }）。

## TeamError

error-team_unreachable = 无法访问位于 { $address } 的团队存储。请检查地址以及服务器是否正在运行，然后重试。没有做任何更改。
error-team_quorum_lost = 团队存储的集群（{ $addresses }）没有活动节点：{ $nodes } 个节点中有 { $down } 个没有响应，因此已失去法定人数（必须有过半数节点在运行）。请启动已停止的节点，然后重试。没有做任何更改。
error-team_no_active_node = 团队存储的集群（{ $addresses }）在 { $seconds } 秒内没有找到活动节点（选举未能完成）。请检查集群的健康状况，然后重试。没有做任何更改。
error-team_sealed = 位于 { $address } 的团队存储已密封（sealed）。请让其运维人员将其解封（bao operator unseal 或 vault operator unseal），然后重试。没有做任何更改。
error-team_token_missing = 没有团队存储的令牌。请设置 VAULT_TOKEN（或 BAO_TOKEN），或用 bao login 或 vault login 登录（它们会把令牌保存在 ~/.vault-token 中）；在服务器上，请提供 AppRole（角色 ID 和 Secret ID 文件）。
error-team_token_rejected = 位于 { $address } 的团队存储拒绝了该令牌：令牌已过期或已被撤销。请获取新的令牌（bao login、vault login 或新的 AppRole Secret ID），然后重试。没有做任何更改。
error-team_permission_denied = 团队存储的令牌无权{ $capability ->
        [read] 读取
        [list] 列出
        [create] 创建
        [delete] 删除
       *[update] 更改
    }“{ $path }”。其策略需要在该路径上具有“{ $capability }”能力（参见 README 中的 Teams and servers 一节）。没有做任何更改。
error-team_app_role_refused = 团队存储拒绝了 AppRole 登录。请检查角色 ID，以及其文件中的 Secret ID 是否仍然有效。
error-team_secret_id_file = 无法读取 AppRole Secret ID 文件 { $path }。请检查它是否存在，以及当前用户是否有权读取。
error-team_ca_cert = 无法使用团队存储的 CA 证书 { $path }。请提供一个 PEM 文件，其中包含为服务器证书签名的 CA。
error-team_answer = 位于 { $address } 的团队存储拒绝了这次操作（HTTP { $status }）。没有做任何更改。请重试；如果再次出现，请把详细信息提供给团队存储的管理员。
error-team_record_unreadable = 团队存储中的记录 { $path } 不是本应用写入的格式。有人手动修改过它：请修复或删除它。
error-team_record_damaged = 团队存储中的记录 { $path } 已损坏：{ $problem }。该记录不会被使用。请修复它，或删除后重新添加该连接。
error-team_conflict = 团队存储中的记录 { $path } 在操作过程中不断被更改（其他机器正在写入）。请稍后重试。
error-team_refresh_stuck = 另一台机器刷新“{ $name }”的访问令牌已持续 { $seconds } 秒仍未完成。请过一分钟再试；如果一直出现，请检查那台机器。
error-team_not_set_up = 本机尚未设置团队存储。

## ApiError

error-other_host = { $given } 不在“{ $name }”的 API 域名 { $domain } 上：它的令牌不会发送到其他地方，因此没有发送任何内容。请提供类似 /crm/v8/org 的路径，或 { $domain } 上的地址。
error-bad_target = “{ $given }”不是 API 路径或地址。请提供类似 /crm/v8/org 的路径。
error-bad_header = 无法发送标头“{ $name }”：标头的格式为 Name: value，名称只能由字母、数字和 - 组成，值必须是一行纯 ASCII 文本。请更正后重试。
error-header_refused = { $header } 标头由连接本身设置，不能自行提供。请去掉它后重试。
error-no_api_domain = “{ $name }”没有记录 API 域名，其数据中心也没有指定，因此它的令牌无处可发。请重新登录，让 Zoho 提供 API 域名。
error-token_refused = Zoho 拒绝了“{ $name }”的访问令牌（INVALID_TOKEN），而且在刚刚获取新令牌后再次拒绝：该登录已被撤销或已失效。
error-scope_missing = { $needs ->
        [none] “{ $name }”的访问令牌可以使用，但它的 scope 不涵盖这次调用（Zoho 返回 OAUTH_SCOPE_MISMATCH）；这次登录获得的 scope 为：{ $granted }。Zoho 关于该调用的文档写明了所需的 scope。
       *[other] “{ $name }”的访问令牌可以使用，但它的 scope 不涵盖这次调用（Zoho 返回 OAUTH_SCOPE_MISMATCH）：需要 { $needs }，而这次登录获得的是 { $granted }。
    }
error-api_rate_limited = “{ $name }”已达到 Zoho API 的调用频率上限（HTTP 429）：暂时不会再发送任何内容。请等待一分钟后重试。

## OnboardingError

error-request_unreadable = 这不是 Zoho Credential Wizard 的凭据请求。请让发送方重新发送请求文件或其链接。
error-feed_unreachable = 无法访问位于 { $address } 的更新源，因此本应用无法查找新版本。请检查网络，稍后重试；本应用保持不变。
error-feed_unreadable = 更新源返回的内容不是本应用能读取的格式，因此没有提供任何更新。请稍后重试；本应用保持不变。
error-signature_refused = 下载的更新没有本应用发布者的有效数字签名，因此没有安装。本应用保持不变。请稍后重试；如果再次出现，请从本应用的发布页面下载本应用，并按照 README 中的说明进行验证。
error-download_failed = 无法下载更新。请稍后重试；本应用保持不变。
error-install_failed = 无法安装更新，因此本应用保持不变。请重试，或从本应用的发布页面下载新版本。
error-nothing_to_install = 没有等待安装的更新。请先检查更新。
error-offer_changed = 更新源现在提供的是版本 { $now }，而不是您同意安装的 { $offered }，因此没有安装任何内容。请重新检查更新。
error-request_from_newer_app = 此请求由更新版本的 Zoho Credential Wizard 生成（格式版本 { $version }），本版本无法读取。请更新本应用，然后重新打开该请求；没有创建任何内容。
error-request_expired = 来自 { $from } 的请求已过期（{ $when }）。请向 { $from } 索取新的请求；没有发送任何内容。
error-requester_refused = 本应用不显示此请求的发送方：{ $why }。本应用只显示无法伪装屏幕内容的名称。没有创建任何内容。请让发送方用 Zoho Credential Wizard 生成新的请求。
error-request_from_the_future = 按本机的时钟，此请求自称生成于 { $when }。请检查本机的日期和时间；如果无误，请向发送方索取新的请求。没有创建任何内容。
error-fingerprint_mismatch = 指纹与此请求的指纹不一致，请求可能在传送途中被改动过（其密钥被调换）。没有保存任何内容。请用您原本就知道的号码打电话给发送方，请对方读出其应用为此请求显示的指纹；如果仍然不一致，请索取新的请求。
error-not_from_request = “{ $name }”不是根据凭据请求创建的，因此没有可发送的对象。请打开您收到的请求，并根据它创建连接。
error-sign_in_first = { $from } 需要一个已登录的连接，而“{ $name }”尚未登录。请先为它登录 Zoho，然后再发送回复。
error-no_such_request = 本机当前使用的存储中没有名为“{ $name }”、正在等待回复的请求。请在请求列表中核对名称（已取消的请求无法回复）。
error-request_exists = 名为“{ $name }”的请求已在等待回复。请先取消它，或另选名称。
error-already_answered = “{ $name }”的回复已经导入过（{ $when }）；其密钥已删除，因此同一回复不能导入两次。连接“{ $name }”中保存着它带来的内容。
error-reply_unreadable = 此回复无法用本机任何等待中请求的密钥打开。它可能在传送途中被改动过，或者所回复的请求已被取消，或是在另一台电脑的存储中生成的。没有做任何更改。请让发送方重新保存回复，并直接发送文件本身。
error-reply_from_newer_app = 此回复由更新版本的 Zoho Credential Wizard 生成（格式版本 { $version }），本版本无法读取。请更新本应用，然后重新导入该回复；没有做任何更改。
error-reply_for_another_request = 此回复对应的是另一个请求，而不是“{ $name }”（请求 { $expected }）。请用它所对应的请求导入；没有做任何更改。
error-reply_late = “{ $name }”的回复在请求过期后才到达（{ $when }），因此没有导入。任何看到过该请求的人都可能回复它；只有当您确实在等客户的这份回复时才导入。
error-reply_invalid = “{ $name }”的回复中有一个无法使用的值：{ $reason }。请让发送方检查该连接并发送新的回复；没有做任何更改。
error-reconnect_self_client = “{ $name }”是 Self Client：它属于创建它的账号，因此任何客户都无法为它重新登录。请在 Zoho API 控制台中生成新的 Self Client 授权码，然后重新导入其文件。
error-reconnect_other_client = 此请求要求您用客户端 { $asked } 重新登录“{ $name }”，但填写的 Client ID 属于另一个客户端。请使用创建该连接时所用的客户端（Zoho API 控制台在其 Client Secret 标签页中显示 Client ID）；换用其他客户端需要新的请求，而不是重新登录请求。没有保存任何内容。
error-reconnect_kept_other_client = 此请求要求您用客户端 { $asked } 重新登录“{ $name }”，但本机上的连接“{ $name }”使用的是另一个客户端。没有做任何更改。请向发送方确认此请求是否针对这个连接；如果是，请在本机移除该连接，然后重新打开请求。
error-reconnect_not_from_request = 此请求要求您重新登录“{ $name }”，但本机上的连接“{ $name }”不是根据请求创建的，因此不会提供给对方。没有做任何更改。如果您确实想把这个连接提供给请求方，请向对方索取新的请求（而不是重新登录请求），并用另一个名称回复。
error-self_client_file_unreadable = 这不是 Zoho API 控制台生成的 self_client.json。请在控制台中打开 Self Client，生成授权码并选择 DOWNLOAD（下载），然后使用该文件。
error-self_client_code_expired = 此 self_client.json 中的授权码已过期（{ $when }）；没有向 Zoho 发送任何内容。请在 Zoho API 控制台中打开 Self Client，生成新的授权码（选择 10 minutes），并立即使用新文件。

## Error

error-worker_failed = 一个后台任务意外停止。请重试；如果一直出现，请重新启动本应用。
error-cannot_start = Zoho Credential Wizard 目前还无法在本机上运行。{ $cause }
error-file_unusable = 无法写入 { $path }。请选择其他文件，或改为粘贴文本。
error-cannot_delete = 无法删除 { $path }。请在文件管理器中自行删除：其中以明文保存着 Client Secret。
error-no_self_client_file = 本窗口中没有导入过 Self Client 文件，因此没有删除任何内容。如果下载文件夹中仍有 self_client.json，请自行删除。
error-no_request_made = 本窗口中没有生成过请求，因此没有可保存的内容。请重新生成请求。
error-request_changed = 屏幕上的请求已不是正在回复的那个请求，因此没有保存任何内容。请重新打开请求并核对其指纹。
error-nothing_to_import = 已没有打开的回复，因此没有导入任何内容。请重新打开回复。
