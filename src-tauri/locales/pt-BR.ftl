# Zoho Credential Wizard: todas as palavras do aplicativo para desktop, em português do Brasil (traduzido do inglês, en.ftl).
# Termos: docs/glossary/pt-BR.md (segue o GLOSSARY.md). Texto dentro de <b>…</b> que nomeia um botão ou campo do Zoho API
# console é o rótulo do próprio Zoho, como o console mostra: mantenha-o como está e explique-o ao redor.
# Um elemento com data-l10n-name é do próprio aplicativo (um campo, um valor que ele preenche): mantenha-o, uma vez.

app-name = Zoho Credential Wizard

## As janelas de arquivo do aplicativo

dialog-choose-request = Abrir uma solicitação
dialog-request-files = Solicitação de credenciais
dialog-save-reply = Salvar a resposta
dialog-save-request = Salvar a solicitação
dialog-choose-reply = Importar uma resposta
dialog-reply-files = Resposta criptografada
dialog-choose-self-client = Escolher o self_client.json
dialog-self-client-files = Arquivo do Self Client

## O próximo passo depois de um erro, com o nome do que clicar

next-ask-customer = O login desta conexão é da sua empresa cliente: clique em Pedir à empresa cliente que reconecte, e o administrador dela faz login de novo.
next-sign-in = Abra “{ $connection }” e clique em Fazer login de novo.
next-replace-secret = Abra “{ $connection }” e clique em Substituir o segredo; se o segredo se perdeu, gere um novo no Zoho API console.
next-list-connections = Volte para Todas as conexões para ver as que estão salvas.
next-choose-file-store = Ou use o arquivo criptografado.
next-create-file-store = Primeiro, escolha o arquivo criptografado em “Mudar onde os segredos são salvos” na tela Conexões.
next-enter-passphrase = Digite no campo acima a frase secreta que você escolheu para ele e clique em Desbloquear o arquivo criptografado.
next-delete-locally = Tente de novo quando o Zoho estiver acessível, ou escolha “… somente neste computador” abaixo.
next-allow-account-change = Faça login de novo e escolha Trocar quando for perguntado sobre a outra conta.
next-restart-agent = Feche o aplicativo e abra-o de novo. Se o arquivo criptografado estiver sendo mantido desbloqueado em segundo plano, bloqueie-o antes (um desenvolvedor executa zcw lock).
next-stop-agent = Primeiro, bloqueie o arquivo criptografado que está sendo mantido desbloqueado em segundo plano (um desenvolvedor executa zcw lock).
next-choose-team-store = Escolha o armazenamento da equipe em “Mudar onde os segredos são salvos” na tela Conexões.
next-sign-in-with-scope = Faça login de novo em “{ $connection }”, incluindo nas permissões pedidas o escopo de que ela precisa.
next-accept-late-reply = Se você esperava por ela, marque “Eu esperava esta resposta depois que a solicitação expirou” e importe-a de novo.

# A página

## frame

page-a = Pular para o conteúdo
page-span = Zoho Credential Wizard
page-nav =
    .aria-label = Aplicativo
nav-home = Todas as conexões
stepper =
    .aria-label = Etapas do assistente

## unlock

unlock-title = Desbloquear o arquivo criptografado
unlock-explain = Os segredos necessários aqui estão no arquivo criptografado. Primeiro, digite a frase secreta dele: o aplicativo mantém o arquivo desbloqueado até você sair do aplicativo.
label-unlock-passphrase = Frase secreta do arquivo criptografado
unlock-button = Desbloquear o arquivo criptografado

## frame

answering =
    .aria-label = Solicitação de credenciais
answering-reconnect = <strong data-l10n-name="strong0"></strong> Um novo login para a mesma conexão e o mesmo cliente: nada novo é criado.
answering-reconnect-strong = <bdi data-l10n-name="answering-reconnect-from"></bdi> pede que você faça login de novo em “<span data-l10n-name="answering-reconnect-name"></span>”.
answering-dt = Solicitado por
answering-span = (digitado por quem enviou: é a impressão digital que mostra que a solicitação é mesmo dessa pessoa)
answering-dt-2 = Expira
answering-dt-3 = Impressão digital
answering-span-2 = (calculada por este aplicativo a partir da solicitação)
answering-p = Peça à pessoa que enviou a solicitação que leia para você a impressão digital que o aplicativo dela mostrou. Se for diferente, a solicitação foi alterada no caminho: pare aqui. Os valores abaixo vêm da solicitação e não podem ser alterados.
label-answering-dc = O data center do seu Zoho
answering-dc-hint = A solicitação deixa a escolha com você: indique onde fica a conta Zoho da sua empresa. Depois que o Client Secret for salvo, essa escolha não pode mais ser mudada.
stop-answering = Parar de responder a esta solicitação
incoming-title = Chegou outra solicitação de credenciais
incoming-dt = Conexão
incoming-dt-2 = Solicitado por
incoming-dt-3 = Impressão digital
incoming-p = Você está respondendo à solicitação de “<span data-l10n-name="incoming-current"></span>”. Nada muda até você escolher.
incoming-keep = Continuar respondendo à solicitação atual
incoming-switch = Responder à nova solicitação

## home

home-title = Conexões
open-request = Abrir uma solicitação que você recebeu
new-connection = Nova conexão
home-p = Cada conexão guarda um cliente do Zoho: os dados dele ficam aqui, e o Client Secret, no <span data-l10n-name="home-store"></span>.
draft-banner = Você tem uma conexão não concluída. <button data-l10n-name="resume-draft"></button>
resume-draft = Continuar de onde você parou
connections-caption = Conexões salvas
connections-th = Nome
connections-th-2 = Data center
connections-th-3 = Client ID
connections-th-4 = Integração
connections-th-5 = Segredo em
connections-th-6 = Status
no-connections-p = <strong>Ainda não há conexões.</strong>
no-connections-p-2 = Clique em <b>Nova conexão</b> para registrar um cliente do Zoho e guardar o segredo dele com segurança.
home-span = Novos segredos são salvos no <strong data-l10n-name="store-description"></strong>.
change-store = Mudar onde os segredos são salvos…
check-computer = Verificar este computador
customers-title = Trabalhando com uma empresa cliente
home-p-2 = Quando só o administrador do Zoho da sua empresa cliente pode criar o cliente: envie a ele uma solicitação e importe a resposta criptografada. Assim, ninguém precisa colar um segredo em um e-mail.
request-credentials = Solicitar credenciais a uma empresa cliente
import-reply = Importar uma resposta
requests-caption = Solicitações enviadas a empresas clientes
requests-th = Solicitação
requests-th-2 = Enviada como
requests-th-3 = Impressão digital
requests-th-4 = Situação
requests-span = Ações
store-picker-legend = Onde as novas conexões guardam os segredos
store-picker-span = O chaveiro deste computador
store-picker-span-2 = A escolha comum: o segredo fica neste computador, protegido pela sua conta de usuário do computador.
store-picker-span-3 = Um arquivo criptografado
store-picker-span-4 = Para quando nenhum chaveiro funciona. O aplicativo pede a frase secreta dele uma vez, sempre que é aberto.
store-picker-span-5 = O servidor OpenBao ou Vault da sua equipe
store-picker-span-6 = Compartilhado: todos os computadores e servidores configurados com ele veem as mesmas conexões e os mesmos tokens.
file-store-explain = O arquivo criptografado guarda os segredos em um único arquivo, criptografado com uma frase secreta escolhida por você. Use-o somente quando nenhum chaveiro funcionar.
label-home-passphrase = Frase secreta
label-home-passphrase-again = Repita a frase secreta
team-store-explain = Peça a quem administra o servidor OpenBao ou Vault da sua equipe o endereço dele e um token (ou faça login com <code>bao login</code> ou <code>vault login</code> neste computador e deixe o token em branco). As conexões ficam guardadas sob o prefixo, no mount KV versão 2.
label-team-address = Endereço do servidor <small>(em um cluster: o endereço de cada nó em uma linha própria)</small>
label-team-token = Token <small>(guardado só enquanto o aplicativo está aberto)</small>
label-team-mount = Mount do KV
label-team-prefix = Prefixo
team-store-form-summary = Mais configurações (certificado, namespace, AppRole)
label-team-ca-cert = Arquivo do certificado da CA <small>(quando o servidor usa um certificado próprio da sua empresa)</small>
label-team-namespace = Namespace
label-team-role-id = Role ID do AppRole
label-team-secret-id-file = Arquivo do secret ID do AppRole
cancel-store = Cancelar
confirm-store = Salvar os novos segredos aqui

## doctor

doctor-title = Verificar este computador
doctor-p = O que este aplicativo precisa do seu computador, verificado agora: cada item está certo ou diz o que fazer.
doctor-back = Voltar para as conexões
doctor-again = Verificar de novo

## details

show-connect = Fazer login no Zoho
show-handover = Entregar
show-disconnect = Desconectar…
show-reconnect = Pedir à empresa cliente que reconecte
show-replace = Substituir o segredo
show-rename = Renomear
show-remove = Remover…
replace-explain = Gerou um novo segredo no Zoho API console? Cole o novo aqui; ele substitui o segredo guardado.
label-replace-secret = Novo Client Secret
replace-form-button = Mostrar
    .aria-label = Mostrar o novo Client Secret
confirm-replace = Salvar o novo segredo
replace-form-button-2 = Cancelar
label-rename-input = Novo nome
confirm-rename = Renomear
rename-form-button = Cancelar
confirm-remove = Remover a conexão e os segredos dela
remove-local = Remover somente neste computador
remove-form-button = Cancelar
confirm-disconnect = Desconectar e revogar no Zoho
disconnect-local = Desconectar somente neste computador
disconnect-form-button = Cancelar
details-h2 = Registrado no Zoho
details-back = Voltar para as conexões

## open-request-view

open-request-title = Abrir uma solicitação de credenciais
open-request-view-p = Alguém pediu a você um cliente do Zoho: abra o arquivo de solicitação que a pessoa enviou (<code>NAME.zcwrequest</code>) ou cole o link que veio no e-mail dela. O aplicativo então mostra exatamente o que criar e envia de volta uma resposta que só essa pessoa consegue abrir.
label-request-text = Link ou texto da solicitação
open-request-back = Voltar
choose-request-file = Escolher o arquivo…
open-request-text = Abrir a solicitação colada

## import-reply-view

import-reply-title = Importar uma resposta
import-reply-view-p = O administrador da sua empresa cliente respondeu a uma solicitação sua: escolha o arquivo da resposta ou cole o texto da resposta que veio no e-mail. Ela só abre com a chave da solicitação, guardada no <strong data-l10n-name="import-store"></strong>; se trouxer um login, o aplicativo confere com o Zoho se ele funciona. Depois, você confere de quem é a conta antes de qualquer coisa ser salva.
label-reply-text = Texto da resposta
reply-text =
    .placeholder = Cole aqui o texto completo da resposta

## import-confirm

import-confirm-title = Confira a resposta antes de salvá-la
import-confirm-dt = Conexão
ic-reconnect-dt = Reconecta
import-confirm-dt-2 = Conta Zoho que fez login
import-confirm-dt-3 = Client ID
import-confirm-dt-4 = Data center
import-confirm-dt-5 = Código da resposta
import-confirm-span = (o aplicativo do administrador mostrou o mesmo código depois de enviar: quando for importante, peça que ele o leia para você)
ic-late-span = Eu esperava esta resposta depois que a solicitação expirou
ic-confirm-text = Esta é a conta Zoho da minha empresa cliente
ic-discard = Descartar esta resposta
ic-import = Importar a conexão

## import-reply-view

import-open = Abrir “<span data-l10n-name="import-done-name"></span>”
import-reply-back = Voltar para as conexões
choose-reply-file = Escolher o arquivo…
import-reply-text = Abrir a resposta colada

## request-made

request-made-title = Sua solicitação está pronta para ser enviada
made-lead = Envie por e-mail o arquivo de solicitação ou o link ao administrador do Zoho da sua empresa cliente. Nenhum dos dois contém segredos. A chave da solicitação fica no <strong data-l10n-name="made-store"></strong>, então só você consegue abrir a resposta.
request-made-p = Impressão digital <strong data-l10n-name="made-fingerprint"></strong>
request-made-p-2 = Leia-a para o administrador por telefone: o aplicativo dele mostra os mesmos quatro grupos. Expira <span data-l10n-name="made-expires"></span>.
save-request-file = Salvar o arquivo de solicitação…
copy-request-link = Copiar o link
made-email-title = Um e-mail para enviar junto
request-made-p-3 = O que o administrador precisa fazer, onde baixar o aplicativo e que você vai ligar para ler a impressão digital (ela nunca vai escrita no e-mail). Copie o texto para o seu e-mail e anexe o arquivo de solicitação.
made-done = Concluído: ir para as conexões

## reconnect-request

reconnect-request-title = Pedir à empresa cliente que reconecte “<span data-l10n-name="rr-name"></span>”
reconnect-request-p = O administrador do Zoho da sua empresa cliente faz login de novo para esta conexão, e você importa a resposta dele nela. A solicitação leva o cliente, o data center e as permissões da conexão, então o administrador não precisa criar nada: se ele manteve a conexão, só precisa fazer login.
reconnect-request-dt = Client ID
reconnect-request-dt-2 = Data center
reconnect-request-dt-3 = Permissões
label-rr-from = Quem pede
rr-from =
    .placeholder = Acme Integrations
hint-rr-from = O nome da sua empresa ou o seu nome, como o administrador vai vê-lo.
label-rr-expires = Expira em
rr-expires-option = 1 dia
rr-expires-option-2 = 3 dias
rr-expires-option-3 = 7 dias
rr-expires-option-4 = 14 dias
rr-expires-option-5 = 30 dias
label-rr-scopes-add = Permissões a acrescentar (opcional, escopos separados por vírgula)
hint-rr-scopes-add = Quando uma chamada precisa de uma permissão que a conexão não tem, acrescente o escopo dela aqui.
rr-back = Cancelar
rr-make = Criar a solicitação de reconexão

## reconnect-kept

reconnect-kept-title = Fazer login de novo em “<span data-l10n-name="rk-name"></span>”
reconnect-kept-p = Este computador ainda tem esta conexão, com o cliente indicado na solicitação. Não há nada para criar nem copiar: confirme a impressão digital e faça login no Zoho. A sua resposta então leva o novo login.
reconnect-kept-dt = Client ID
reconnect-kept-span = (o que este computador guarda para “<span data-l10n-name="rk-name-again"></span>”)
reconnect-kept-dt-2 = Permissões pedidas
reconnect-kept-span-2 = A pessoa que enviou a solicitação leu para mim esta impressão digital, e ela confere: <strong data-l10n-name="rk-fingerprint"></strong>
rk-sign-in = Próximo: fazer login de novo

## step-1

step-1-title = O que você vai conectar ao Zoho?
step1-request-hint = Alguém enviou uma solicitação para você? <button data-l10n-name="step1-open-request"></button>
step1-open-request = Abrir uma solicitação que você recebeu
step-1-p = Diga onde fica a sua conta Zoho e onde o novo cliente do Zoho vai ser usado. O aplicativo calcula os valores exatos para registrar no Zoho.
label-dc = Data center do Zoho
hint-dc = O endereço em que você faz login no Zoho, por exemplo <code>accounts.zoho.eu</code> para a Europa.
step-1-legend = Integração
template-span = Aplicativo do Catalyst
text-catalyst = Um aplicativo do Zoho Catalyst, como o do tutorial LeadManager.
template-span-2 = Hotglue / Optiply
text-hotglue = Um conector do hotglue, por exemplo a integração do Optiply com o Zoho.
template-span-3 = Personalizada
text-custom = Seus próprios scripts ou servidor, com as suas próprias URIs de redirecionamento.
choice-self-client-span = Self Client
text-self-client = Os scripts da sua própria organização, com o Self Client do Zoho: sem URI de redirecionamento, com um código gerado no console.
label-catalyst-project = Nome do projeto
catalyst-project =
    .placeholder = LeadManager
hint-catalyst-project = Como aparece no console do Catalyst. No endereço do aplicativo, os espaços são removidos e as maiúsculas viram minúsculas.
label-catalyst-org = Org ID
catalyst-org =
    .placeholder = 60012345678 ou o endereço do console
hint-catalyst-org = O número depois de <code>/baas/</code> no endereço do console do Catalyst. Você pode colar o endereço inteiro.
label-catalyst-environment = Ambiente
catalyst-environment-option = Desenvolvimento
catalyst-environment-option-2 = Produção (endereço não confirmado pelo Zoho)
label-catalyst-function = Nome da função
function-picks =
    .aria-label = Nomes de função das edições do tutorial
label-catalyst-serve-port = Porta local do catalyst serve
hint-catalyst-serve-port = Onde o <code>catalyst serve</code> roda.
label-hotglue-homepage = URL da página inicial
hint-hotglue-homepage = O site da sua empresa. A URI de redirecionamento do hotglue, <code>https://hotglue.xyz/callback</code>, é acrescentada automaticamente.
label-custom-homepage = URL da página inicial
label-custom-redirect-uris = URIs de redirecionamento
hint-custom-redirect-uris = Uma por linha, exatamente como a sua integração as envia: https, ou http somente para localhost.
fields-self-client-p = O Zoho cria o Self Client para você: não há nada para registrar. Em seguida, o console gera um código para os escopos que você escolher, e este aplicativo troca esse código por tokens.
label-client-name = Nome do cliente
hint-client-name = O nome que você vai ver no Zoho API console. Somente letras, números, espaços, _ e &.
step1-advanced-summary = Para desenvolvedores: a URI de redirecionamento deste aplicativo
loopback-explain = A etapa 2 também lista <code data-l10n-name="loopback-preview"></code> para registrar: o Zoho manda o navegador de volta para lá depois de um login feito neste computador, para que este aplicativo obtenha tokens e teste o cliente. O Zoho exige a porta exata, e <code>localhost</code> em vez de 127.0.0.1. Só mude a porta se outro programa a estiver usando.
label-loopback-port = Porta deste aplicativo
request-options-legend = A solicitação
label-request-name = Nome da conexão
label-request-from = Quem pede
request-from =
    .placeholder = Acme Integrations
hint-request-from = O nome da sua empresa ou o seu nome, como o administrador vai vê-lo: letras, números, espaços e pontuação simples.
label-request-expires = Expira em
request-expires-option = 1 dia
request-expires-option-2 = 3 dias
request-expires-option-3 = 7 dias
request-expires-option-4 = 14 dias
request-expires-option-5 = 30 dias
request-options-label = <input data-l10n-name="request-dc-open"> Deixar a empresa cliente escolher o data center (quando você não sabe onde fica a conta Zoho dela)
request-options-label-2 = <input data-l10n-name="request-refresh"> O administrador também faz login, para que a resposta traga um token de atualização (refresh token), para scripts que chamam as APIs do Zoho
label-request-scopes = Escopos (separados por vírgula)
cancel-request-form = Cancelar
next = Próximo: registrar no Zoho
make-request = Criar a solicitação

## step-2

step-2-title = Registrar o cliente no Zoho
step-2-p = Crie um cliente no Zoho API console do data center <strong data-l10n-name="s2-dc"></strong> e preencha exatamente estes valores.
step-2-div = <strong>O Zoho pode mostrar o Client Secret uma única vez.</strong> Antes de clicar em <b>Create</b> (Criar) no Zoho, clique aqui em <b>Próximo: salvar o Client Secret</b>, para estar pronto para colar o segredo assim que o Zoho o mostrar. Se ele se perder, você vai precisar gerar um novo no Zoho API console.
open-console = Abrir o Zoho API Console
step-2-li = Clique em <b>Abrir o Zoho API Console</b> acima e faça login.
step-2-li-2 = Clique em <b>Get Started</b> (Começar) ou, se você já tem clientes, em <b>Add Client</b> (Adicionar cliente).
step-2-li-3 = Escolha <b>Server-based Applications</b> (aplicativos baseados em servidor).
step-2-li-4 = Preencha <b>Client Name</b> (nome do cliente), <b>Homepage URL</b> (URL da página inicial) e cada <b>Authorized Redirect URI</b> (URI de redirecionamento autorizada) com os botões Copiar (acrescente uma linha no Zoho para cada URI). O Zoho compara letra por letra.
step-2-li-5 = Antes de clicar em <b>Create</b> (Criar) no Zoho, clique aqui em <b>Próximo: salvar o Client Secret</b>, para que os campos do Client ID e do Client Secret já estejam abertos.
step-2-li-6 = Clique em <b>Create</b> (Criar) no Zoho. Ele mostra o <b>Client ID</b> e o <b>Client Secret</b>: copie cada um para este aplicativo imediatamente.
back = Voltar
next-2 = Próximo: salvar o Client Secret

## step-2-self

self-title = Gerar um código no Self Client
step-2-self-p = No Zoho API console do data center <strong data-l10n-name="self-dc"></strong>, o Self Client gera um código que este aplicativo troca por tokens. O código vale só alguns minutos: deixe esta janela à mão.
self-open-console = Abrir o Zoho API Console
step-2-self-li = Escolha <b>Self Client</b>. Na primeira vez, clique em <b>Create Now</b> (Criar agora) e depois em <b>OK</b>.
step-2-self-li-2 = Na aba <b>Generate Code</b> (Gerar código), cole os escopos abaixo, escolha <b>10 minutes</b> (10 minutos) como duração e escreva uma descrição (por exemplo, “zcw”).
step-2-self-li-3 = Clique em <b>Create</b> (Criar); se for perguntado, escolha a sua organização. Depois clique em <b>DOWNLOAD</b> (baixar): isso salva o arquivo <code>self_client.json</code>.
step-2-self-li-4 = De volta aqui, dentro desses 10 minutos, clique em <b>Escolher o self_client.json baixado</b>.
label-self-scopes = Escopos
self-scopes-copy = Copiar
label-self-name = Nome da conexão
self-choose-file = Escolher o self_client.json baixado…
self-paste-summary = Sem o arquivo? Cole o código, o Client ID e o Client Secret que o console mostra
label-self-code = Código
label-self-client-id = Client ID
label-self-client-secret = Client Secret
self-paste-button = Mostrar
    .aria-label = Mostrar o Client Secret
self-import-values = Usar estes valores
self-delete-file = Excluir o arquivo agora
self-handover = Próximo: entregar
self-finish = Ir para as conexões
self-back = Voltar

## step-3

step-3-title = Salvar o Client ID e o Client Secret
step-3-p = Copie os dois do Zoho API console. O segredo vai direto para o <strong data-l10n-name="s3-store"></strong>: ele nunca é gravado sem criptografia em um arquivo, e esta janela nunca mais o mostra.
s3-reconnect = Este computador não tem mais esta conexão, então o Client Secret dela é necessário de novo. O Client ID é o que a solicitação indica e não pode ser alterado: no Zoho API console, abra esse cliente e copie o Client Secret dele (ou gere um novo: a resposta então leva o novo).
s3-fingerprint-field-span = A pessoa que enviou a solicitação leu para mim esta impressão digital, e ela confere: <strong data-l10n-name="s3-fingerprint"></strong>
label-client-id = Client ID
label-client-secret = Client Secret
step-3-button = Mostrar
    .aria-label = Mostrar o Client Secret
label-connection-name = Nome da conexão
hint-connection-name = Como esta conexão aparece na lista e no seu chaveiro. Somente letras, números, espaços, _, . e -.
store-error-p = O seu segredo continua no campo acima; nada foi perdido.
offer-file-store = Usar o arquivo criptografado em vez disso
s3-file-store-explain = Escolha uma frase secreta para o arquivo criptografado (no mínimo 8 caracteres; algumas palavras sem relação entre si funcionam bem). Sem ela, os segredos do arquivo não podem ser lidos, então guarde-a em um lugar seguro.
label-s3-new-passphrase = Frase secreta
label-s3-new-passphrase-again = Repita a frase secreta
s3-use-file-store = Usar o arquivo criptografado e salvar
saved-why-sign-in = Agora, faça login no Zoho uma vez a partir deste computador, para que este aplicativo possa usar a conexão e testar se o cliente funciona.
saved-why-hand-over = A integração faz login no Zoho sozinha: agora, entregue a ela o Client ID e o Client Secret. Não é preciso fazer login também a partir deste computador, e o Zoho guarda só 20 logins por pessoa para cada cliente.
saved-why-send = Agora, envie a resposta para a pessoa que pediu.
saved-connect = Próximo: fazer login no Zoho
saved-handover = Pular o login: entregar
saved-done = Depois: ir para as conexões
saved-summary = Para desenvolvedores
saved-p = Scripts neste computador obtêm um token de acesso com <code data-l10n-name="code0"></code>, e <code>zcw show</code> lista a conexão.
back-3 = Voltar
save-secret = Salvar com segurança

## step-4

step-4-title = Fazer login no Zoho para “<span data-l10n-name="s4-name"></span>”
step-4-p = Você faz login no Zoho no seu navegador e clica em <b>Accept</b> (Aceitar). O Zoho então manda o navegador de volta para este aplicativo, e o login fica guardado no <strong data-l10n-name="s4-store"></strong>.
s4-reconnect = <strong>Esta conexão já está conectada.</strong> Fazer login de novo não tem problema, mas o Zoho guarda só os 20 logins mais recentes de cada pessoa para um cliente e descarta os mais antigos sem avisar; assim, um computador ou servidor que ainda usa um login muito antigo pode parar de funcionar.
s4-scopes-field-legend = O que esta conexão pode fazer no Zoho?
s4-scopes-hint = Marque o que os scripts que vão usar esta conexão precisam fazer. O Zoho mostra a mesma lista quando você faz login e pede que você a aceite. O nome que o próprio Zoho dá a cada permissão aparece em letra pequena ao lado dela.
s4-scopes-field-span = Mostrar qual conta Zoho fez login
s4-advanced-summary = Avançado
label-s4-extra = Outras permissões (nomes de escopo do Zoho, separados por vírgula)
s4-advanced-label = <input data-l10n-name="s4-pkce"> Proteger o login com PKCE (desative só se o Zoho recusar o login para este cliente).
s4-waiting-strong = Esperando você fazer login no Zoho no navegador…
s4-waiting-p = Quando você clicar em <b>Accept</b> (Aceitar) lá, esta janela continua sozinha.
s4-waiting-p-2 = O navegador não abriu? Copie o endereço de login para o seu navegador: <span data-l10n-name="s4-url-copy"></span>
s4-show-causes = Nada acontece?
s4-help-p = <strong>Nada acontece, ou apareceu um erro no navegador?</strong> As causas prováveis, da mais provável para a menos provável:
s4-paste-explain = O endereço completo da barra de endereços do navegador, começando com <code data-l10n-name="s4-redirect-2"></code>:
label-s4-pasted = Endereço em que o navegador parou
s4-use-pasted = Usar este endereço
s4-help-p-2 = URI de redirecionamento para registrar: <code data-l10n-name="s4-redirect-3"></code><span data-l10n-name="s4-redirect-copy"></span>
s4-help-summary = Detalhes
s4-help-p-3 = O endereço de login: <code data-l10n-name="s4-url"></code>
s4-cancel = Cancelar
s4-confirm-p = <strong>Outra conta Zoho fez login.</strong> Esta conexão estava conectada como <strong data-l10n-name="strong0"></strong>; desta vez, quem fez login foi <strong data-l10n-name="strong1"></strong>.
s4-confirm-p-2 = Trocar significa que, daqui em diante, os scripts que usam esta conexão agem como a nova conta. Manter a conta anterior cancela o novo login no Zoho e deixa a conexão como estava.
s4-keep = Trocar para <bdi data-l10n-name="s4-keep-account"></bdi>
s4-discard = Manter <bdi data-l10n-name="s4-discard-account"></bdi>
s4-done-summary = Para desenvolvedores
s4-done-p = Scripts neste computador obtêm um token de acesso novo com <code data-l10n-name="code0"></code>.
s4-handover = Próximo: entregar
s4-finish = Ir para as conexões
back-4 = Voltar
s4-connect = Fazer login no Zoho

## step-5

label-s5-clear = Apagar da área de transferência um segredo copiado depois de
s5-clear-option = 10 segundos
s5-clear-option-2 = 30 segundos
s5-clear-option-3 = 1 minuto
s5-clear-option-4 = 2 minutos
s5-clear-option-5 = Nunca (até que outra coisa seja copiada)
s5-clear-hint = Só se o segredo ainda estiver na área de transferência. Ao fechar este aplicativo, ele é sempre apagado. Os segredos são marcados para que os gerenciadores de área de transferência não os guardem.
back-5 = Voltar
s5-done = Concluído: ir para as conexões

## step-5-reply

reply-title = Enviar a resposta
step-5-reply-dt = Solicitado por
step-5-reply-dt-2 = Impressão digital
step-5-reply-p = Salve a resposta como arquivo e anexe-o a um e-mail, ou copie-a como texto para o corpo de um e-mail. Nada mais sai deste computador.
save-reply = Salvar a resposta como arquivo…
copy-reply = Copiar a resposta como texto
reply-code-box-p = Código da resposta <strong data-l10n-name="reply-code"></strong>
reply-code-box-p-2 = Se a pessoa que pediu ligar para conferir, leia para ela este código: o aplicativo dela mostra o mesmo ao importar a resposta.
reply-after-legend = E esta conexão no seu computador?
reply-after-p = Mantenha-a se talvez você queira desconectá-la ou substituir o segredo dela mais tarde. Removê-la apaga o Client Secret e o login dela somente deste computador: a resposta que você criou continua funcionando, e o cliente continua registrado no Zoho.
reply-keep = Manter neste computador
reply-remove = Remover deste computador

# Palavras que as telas montam enquanto são usadas

## O quadro: as etapas, o menu de idioma, palavras compartilhadas

dc-label = { $id } · { $region } ({ $domain })
details = Detalhes
language-label = Idioma
check-updates = Verificar atualizações
update-title = Atualizações
update-looking = Procurando uma versão nova…
update-newest = Você tem a versão mais nova, a { $running }.
update-available = A versão { $version } do Zoho Credential Wizard está disponível. Você tem a { $running }.
update-notes-label = O que há de novo, segundo as notas da versão:
update-no-notes = Esta versão não tem notas.
install-update = Instalar e reiniciar
dismiss-update = Agora não
update-installing = Baixando a atualização e conferindo a assinatura digital dela… O aplicativo reinicia quando ela estiver instalada.
# $manager: apt (um pacote .deb) ou dnf (um pacote .rpm).
update-package = { $manager ->
        [apt] O aplicativo foi instalado a partir de um pacote .deb, então quem instala a versão nova é o seu gerenciador de pacotes. Em um terminal:
       *[dnf] O aplicativo foi instalado a partir de um pacote .rpm, então quem instala a versão nova é o seu gerenciador de pacotes. Em um terminal:
    }
update-package-repository = Se o seu gerenciador de pacotes não encontrar a versão nova, adicione uma única vez o repositório do aplicativo (o README mostra como), ou baixe o pacote novo na página de versões (Releases) do projeto.
auto-updates = Procurar uma versão nova uma vez por dia, quando o aplicativo abrir
close-updates = Fechar
language-system = O idioma do computador
stepper-integration = Integração
stepper-register = Registrar no Zoho
stepper-code = Código do Zoho
stepper-secret = Client Secret
stepper-sign-in = Login
stepper-hand-over = Entrega
stepper-reply = Enviar a resposta
stepper-done = (concluída)
# A lista de valores de um erro quando está vazia (nenhum escopo incluído, por exemplo).
none-on-record = nenhum registrado
removed-connection = “{ $name }” e os segredos dela foram removidos.
copy = Copiar
# O rótulo do valor que um botão Copiar copia, para leitores de tela.
copy-label = Copiar { $label }
copied = ✓ Copiado
# The copy keys off a Mac (on a Mac the app says ⌘C).
copy-keys = Ctrl+C
copy-by-hand = Selecione o texto e pressione { $keys }
copied-kept = Copiado: { $label }. Continua na área de transferência até que outra coisa seja copiada.
copied-clears = Copiado: { $label }. A área de transferência será limpa em { $left } s.
copied-cleared = { $label }: área de transferência limpa (se ainda estava lá).
secret-kept-in = •••••••• guardado no { $store }
snippet-code = Código ({ $edition })

## Verificar este computador

check-fine = { $check }: tudo certo
check-attention = { $check }: precisa de atenção
check-fix = O que fazer: { $fix }
checking = Verificando… (no máximo dez segundos)
checks-attention = { $problems ->
        [0] Nada precisa de atenção.
        [one] { $problems } item precisa de atenção.
       *[other] { $problems } itens precisam de atenção.
    }
checks-fine = Tudo o que este aplicativo precisa está em ordem.

## O e-mail que acompanha uma solicitação (texto simples: mantenha as quebras de linha)

email-new =
    Olá,

    { $from } pede que você crie um cliente de API do Zoho para “{ $name }” na conta Zoho da sua empresa. Só um administrador do Zoho pode fazer isso; leva cerca de cinco minutos, e nenhuma senha ou segredo vai por e-mail.

    1. Instale o Zoho Credential Wizard (gratuito): { $downloads }
    2. Abra com ele o arquivo anexo { $file }. Sem anexo? No aplicativo, clique em “Abrir uma solicitação que você recebeu” e cole o link que está no fim deste e-mail.
    3. Vamos ligar para você em um número que você já conhece e ler a impressão digital da solicitação. Só continue se ela for igual à que o aplicativo mostra; se for diferente, pare: a solicitação foi alterada no caminho.
    4. Siga as etapas do aplicativo. No fim, ele cria uma resposta: anexe-a quando responder a este e-mail.

    A solicitação expira em { $expires }.

    O link da solicitação (para o item 2, só se não houver anexo):
    { $link }
email-reconnect =
    Olá,

    { $from } pede que você faça login no Zoho de novo para a conexão “{ $name }”, para que ela continue funcionando. Nada novo é criado, e nenhuma senha ou segredo vai por e-mail.

    1. Instale o Zoho Credential Wizard (gratuito): { $downloads }
    2. Abra com ele o arquivo anexo { $file }. Sem anexo? No aplicativo, clique em “Abrir uma solicitação que você recebeu” e cole o link que está no fim deste e-mail.
    3. Vamos ligar para você em um número que você já conhece e ler a impressão digital da solicitação. Só continue se ela for igual à que o aplicativo mostra; se for diferente, pare: a solicitação foi alterada no caminho.
    4. Siga as etapas do aplicativo. No fim, ele cria uma resposta: anexe-a quando responder a este e-mail.

    A solicitação expira em { $expires }.

    O link da solicitação (para o item 2, só se não houver anexo):
    { $link }

## Permissões em palavras simples (etapa 4); o nome de escopo do Zoho aparece ao lado de cada uma

scope-crm-modules = Ler e alterar registros (leads, contatos, negócios…)
scope-crm-settings = Ler e alterar configurações (campos, layouts)
scope-crm-users = Ler e gerenciar usuários
scope-crm-org = Ler e alterar os dados da organização
scope-crm-coql = Pesquisar registros com consultas (COQL)
scope-books = Tudo no Books
scope-inventory = Tudo no Inventory
scope-desk-tickets = Ler e alterar tickets
scope-desk-basic = Ler departamentos e agentes
scope-analytics = Ler e alterar dados
scope-creator-reports = Ler relatórios
scope-creator-forms = Adicionar registros por formulários

## Botões compartilhados e os nomes de campo do próprio Zoho API console (mantenha o rótulo do Zoho como o console mostra)

show = Mostrar
hide = Ocultar
console-opened = { $url } foi aberto no seu navegador.
console-opened-copy = { $url } foi aberto no seu navegador. Nada abriu? Copie o endereço para o seu navegador:
console-address = endereço do console
zoho-client-type = Tipo de cliente
zoho-client-name = Client Name
zoho-homepage = Homepage URL
zoho-redirect-uri = Authorized Redirect URI
zoho-redirect-uri-numbered = Authorized Redirect URI { $number }

## O Self Client

self-saved = “{ $name }” salva · { $dc } · segredo e tokens no { $store } · ••••{ $last4 }
self-file-warning = Atenção: o arquivo baixado { $file } ainda contém o Client Secret sem criptografia, que qualquer pessoa com acesso a este computador pode ler. Exclua-o agora, a menos que você precise dele em outro lugar.
self-no-file = Nada foi salvo em arquivo. Se o console também baixou o self_client.json, exclua-o: ele contém o segredo sem criptografia.
self-file-deleted = { $path } foi excluído.
copy-scopes-by-hand = Selecione os escopos e pressione { $keys }

## A chamada de teste depois de um login ou de uma importação

test-call-running = Testando a conexão com uma chamada ao Zoho…
test-call-reached = Teste feito: conectada a { $reached }.
test-call-tokens = Teste feito: o Zoho fornece tokens que funcionam (as permissões da conexão não permitem uma chamada de teste).
test-call-failed = A chamada de teste não funcionou: { $problem }

## Onde os segredos ficam guardados, e as integrações

# Sem artigo: as frases dizem “no { $store }”, “do { $store }” (os três nomes são masculinos).
store-in-keychain = chaveiro deste computador
store-in-encrypted-file = arquivo criptografado
store-in-vault = armazenamento da equipe (OpenBao/Vault)
store-label-keychain = Chaveiro
store-label-encrypted-file = Arquivo criptografado
store-label-vault = Armazenamento da equipe
template-catalyst = Aplicativo do Catalyst
template-hotglue = Hotglue / Optiply
template-custom = Personalizada
template-self-client = Self Client

## A tela de conexões

verdict-working = Funcionando
verdict-unreachable = Não verificada: não foi possível acessar o Zoho
verdict-rate_limited = Não verificada: o Zoho pede para esperar (limite de chamadas)
verdict-failed = A verificação falhou
verdict-scope_missing = Falta uma permissão
verdict-needs_sign_in = Precisa de um novo login
verdict-client_rejected = O Zoho não aceita mais o segredo dela
action-sign-in-again = Fazer login de novo
action-ask-customer = Pedir à empresa cliente que reconecte
action-replace-secret = Substituir o segredo
# O rótulo de um botão para leitores de tela: a ação e depois a conexão a que ela se refere.
action-for = { $action }: { $name }
status-connected-renews = Conectada · renova automaticamente
status-connected = Conectada
status-secret-saved = Segredo salvo
open-connection = Abrir { $name }
store-now-keychain = Agora, os novos segredos são salvos no chaveiro deste computador.
store-now-encrypted-file = Agora, os novos segredos são salvos no arquivo criptografado.
store-now-team = Armazenamento da equipe em { $address } acessado com { $token }; ele guarda { $count ->
        [0] nenhuma conexão
        [one] 1 conexão
       *[other] { $count } conexões
    }. Agora, as novas conexões e os segredos delas são salvos lá.
token-entered = o token que você digitou
token-variable = o token da variável { $name }
token-token-file = o token do arquivo { $path }
token-app-role = um login do AppRole
damaged-question = Excluir o registro “{ $name }” do armazenamento da equipe, com o Client Secret e os tokens dele, para todos os computadores que usam o armazenamento da equipe? Nada mais muda; depois, adicione a conexão de novo.
damaged-delete = Excluir o registro danificado
damaged-offer = Excluir o registro danificado…
cancel = Cancelar
try-again = Tentar de novo

## Etapa 1 e etapa 3

still-needed = Ainda falta preencher: { $fields }.
# Entre os nomes dos campos que ainda faltam.
list-separator = {", "}
correct-fields = Corrija os campos marcados em vermelho para continuar.
org-id-taken = ✓ Org ID { $org } tirado do endereço.
field-dc = data center
field-template = integração
field-client-name = nome do cliente
field-loopback-port = porta deste aplicativo
field-catalyst-project = nome do projeto
field-catalyst-org = Org ID
field-catalyst-environment = ambiente
field-catalyst-function = nome da função
field-catalyst-serve-port = porta local do catalyst serve
field-hotglue-homepage = URL da página inicial
field-custom-homepage = URL da página inicial
field-custom-redirect-uris = URIs de redirecionamento
field-connection-name = nome da conexão
field-client-id = Client ID
field-client-secret = Client Secret
field-passphrase = frase secreta
field-pasted-address = endereço colado
field-team-address = endereço do armazenamento da equipe
field-team-mount = mount do KV
field-team-prefix = prefixo
field-team-role-id = role ID do AppRole
field-request-from = quem pede
field-request-expires = validade
next-sign-in-to-zoho = Próximo: fazer login no Zoho
also-sign-in-here = Fazer login também a partir deste computador
skip-to-hand-over = Pular o login: entregar
next-hand-over = Próximo: entregar
next-send-reply = Próximo: enviar a resposta
skip-to-send-reply = Pular o login: enviar a resposta
saving = Salvando…
saved-in = Salvo no { $store } · ••••{ $last4 }
saved-placeholder = ✓ Salvo

## Etapa 4: o login

choose-a-permission = Marque pelo menos uma coisa que a conexão possa fazer.
# A contagem regressiva enquanto o aplicativo espera o login: { $time } é minutos:segundos.
time-left = Faltam { $time }
redirect-uri = URI de redirecionamento
sign-in-address = endereço de login
copy-sign-in-address = Copiar o endereço de login
browser-did-not-open = O navegador não abriu ({ $reason }).
pkce-off = O PKCE está desativado só para este login. Deixe-o ativado, a menos que o Zoho recuse o login com ele.

## Os detalhes de uma conexão

disconnect-question = Desconectar “{ $name }”? O login dela é cancelado (revogado) no Zoho e apagado aqui, então todos os scripts e servidores que usam esta conexão param de funcionar. O Client Secret continua, então você pode fazer login de novo mais tarde.
remove-question = Remover “{ $name }”? O Client Secret e os tokens dela são apagados do { $store }, e a conexão sai desta lista. O cliente continua registrado no Zoho: exclua-o no Zoho API console se não precisar mais dele.
remove-question-signed-in = Remover “{ $name }”? Primeiro, o login dela é revogado no Zoho; depois, o Client Secret e os tokens dela são apagados do { $store }, e a conexão sai desta lista. O cliente continua registrado no Zoho: exclua-o no Zoho API console se não precisar mais dele.
new-secret-saved = ✓ Novo segredo salvo no { $store } · ••••{ $last4 }
renamed = ✓ Renomeada para { $name }.
sign-in-to-zoho = Fazer login no Zoho
fact-dc = Data center
fact-client-id = Client ID
fact-integration = Integração
fact-secret-in = Segredo guardado em
fact-signed-in-as = Login feito como
no-profile-scope = (o escopo de perfil não foi incluído no login)
fact-api-domain = Domínio da API
fact-access-until = Token de acesso válido até
fact-created = Criada em
fact-updated = Atualizada em

## Trabalhando com uma empresa cliente: solicitações e respostas

cancel-request = Cancelar a solicitação { $name }
request-form-title = O que a sua empresa cliente deve criar?
reconnect-request-made = Sua solicitação de reconexão está pronta para ser enviada
email-text = o texto do e-mail
copy-email-text = Copiar o texto do e-mail
default-scopes = os escopos padrão
reply-holds = A resposta contém o Client ID e o Client Secret desta conexão, criptografados para que só a chave desta solicitação consiga abri-la.
reply-holds-sign-in = A resposta contém o Client ID, o Client Secret e o login desta conexão, criptografados para que só a chave desta solicitação consiga abri-la.
reply-saved = ✓ Salva em { $path }. Anexe-a quando responder ao e-mail que trouxe a solicitação.
reply-copied = ✓ Copiada. Cole-a quando responder ao e-mail que trouxe a solicitação.
fingerprint-unknown = desconhecida (a solicitação foi aberta com uma versão anterior)
replaces-sign-in-of = o novo login dela substitui o de { $account } guardado aqui
replaces-sign-in = o novo login dela substitui o que está guardado aqui
account-confirmed = (o Zoho confirmou isso com o login da resposta)
account-as-reply-says = (segundo a resposta: o Zoho não conseguiu confirmar, então compare com o que a sua empresa cliente disse a você)
account-not-known = desconhecida
account-none = nenhuma
account-no-profile = (o login não incluiu o escopo de perfil)
account-no-sign-in = (a resposta não traz login: só o cliente)
confirm-account-and-client = Esta conta Zoho e este cliente são da minha empresa cliente
confirm-client = Este cliente do Zoho é da minha empresa cliente
reply-late = Esta resposta chegou depois que a solicitação expirou ({ $late }). Qualquer pessoa que viu a solicitação poderia tê-la respondido: importe-a só se você esperava esta resposta da sua empresa cliente.
earlier-revoked = O login anterior foi revogado no Zoho.
earlier-gone = O login anterior já não funcionava no Zoho.
earlier-not-revoked = Não foi possível revogar o login anterior agora (o Zoho não foi acessado): o administrador da sua empresa cliente pode removê-lo na conta Zoho dele, em Connected Apps (Aplicativos conectados).
reconnected = “{ $name }” reconectada: o novo login substituiu o anterior.
secret-regenerated = O Client Secret dela foi gerado de novo: o novo substituiu o antigo no { $store } · ••••{ $last4 }.
imported = “{ $name }” importada · { $dc } · segredo salvo no { $store } · ••••{ $last4 }
request-saved = ✓ Salva em { $path }.
link-copied = ✓ Link copiado. Cole-o no seu e-mail.
removed-here = “{ $name }” foi removida deste computador.

## Por que um login pode não voltar (a tela de espera da etapa 4)

cause-redirect-uri = A URI de redirecionamento registrada no Zoho API console não é exatamente { $uri } (mesma porta, sem barra no final, localhost em vez de 127.0.0.1). Nesse caso, o Zoho mostra “Invalid Redirect Uri” no navegador em vez de voltar. Acrescente-a ao cliente no console.
cause-other-data-centre = O cliente está registrado no console de outro data center, não em { $console }. Confira se o console que você usou corresponde ao data center que você escolheu.
cause-other-computer = O navegador está em outro computador ou não consegue acessar este. Copie o endereço em que o navegador parou depois de Accept (Aceitar) e cole-o aqui.
cause-start-again = Comece o login de novo e conclua-o no navegador.
connected-summary = Conectada como { $account } · { $dc } · { $scopes }
your-zoho-account = sua conta Zoho
dc-changed = O Zoho respondeu do data center { $to }, não do { $from }; agora a conexão usa o { $to }.

## Observações e avisos ao lado de um resultado

note-client-id-shape = Isto não parece um Client ID do Zoho (normalmente 1000. seguido de 30 letras maiúsculas e números). Confira se você copiou o Client ID inteiro.
note-client-secret-shape = Isto não parece um Client Secret do Zoho (normalmente 42 letras minúsculas e números). Confira se você copiou o segredo inteiro.
note-console-unconfirmed = O Zoho não confirmou o endereço do console do data center { $dc }, { $console }. Se ele não abrir, faça login em { $accounts } e escolha API Console a partir de lá.
note-catalyst-host-assumed = O Zoho não documenta o host do Catalyst para o data center { $dc }, então o aplicativo supõe { $host }. Compare o domínio do aplicativo com a URL do seu aplicativo no console do Catalyst.
note-production-unconfirmed = O domínio do aplicativo em produção (.production.) não foi confirmado pelo Zoho. Compare-o com a URL do seu aplicativo no console do Catalyst.

## Etapa 5: a entrega (os nomes dos valores e depois as formas de cada integração)

value-client-id = Client ID
value-client-secret = Client Secret
value-accounts-server = Servidor de contas
value-api-domain = Domínio da API
value-refresh-token = Token de atualização
handover-hotglue-title = Adicionar o Zoho ao Optiply
handover-hotglue-intro = O Optiply (por meio do hotglue) faz login no Zoho sozinho: ele precisa do Client ID e do Client Secret, não dos tokens deste aplicativo.
handover-way-optiply = No painel do Optiply
handover-step-optiply-add = Abra Settings > Integrations (Configurações > Integrações) e adicione o Zoho como fonte de dados.
handover-step-optiply-paste = Copie o Client ID e o Client Secret com os botões Copiar daqui e cole-os no Optiply.
handover-step-optiply-consent = O Optiply então abre sozinho a página do Zoho que pede a sua permissão: clique em Accept (Aceitar) nela. Depois, o Zoho manda o navegador de volta para a URI de redirecionamento do hotglue, { $hotglue }, que você registrou na etapa 2.
handover-catalyst-title = Entregar as credenciais à sua função do Catalyst
handover-catalyst-intro = A função { $function } troca os códigos do Zoho por tokens: ela precisa do Client ID e do Client Secret. O aplicativo do Catalyst guarda o token de atualização de cada usuário em uma tabela própria do Data Store.
handover-way-environment = Mais seguro: como variáveis de ambiente da função
handover-step-environment-open = No console do Catalyst, abra Serverless > Functions > { $function } > Configuration > Environment variables (variáveis de ambiente).
handover-step-environment-add = Adicione { $idVar } com o Client ID e { $secretVar } com o Client Secret (para Development e, quando você publicar, para Production).
handover-step-environment-replace = Substitua as constantes do código por estas duas linhas.
handover-way-constants = Como constantes no código da função (como faz o tutorial LeadManager)
handover-step-constants-node = Edição Node.js: em functions/{ $function }/index.js, defina CLIENTID com o Client ID e CLIENT_SECRET com o Client Secret.
handover-step-constants-python = Edição Python: em functions/{ $function }/main.py, defina CLIENT_ID e CLIENT_SECRET.
handover-step-constants-client = O código da interface (client/main.js) só precisa do Client ID.
handover-warning-never-commit = Nunca publique em um repositório público um Client Secret escrito no código da função: qualquer pessoa que o leia pode agir como o seu cliente. Se isso aconteceu, gere um novo segredo no Zoho API console.
handover-custom-title = Usar a conexão nos seus próprios scripts
handover-custom-intro = Deixe o zcw entregar ao seu programa um token de acesso novo quando ele inicia, em vez de copiar segredos para a configuração dele.
handover-way-command-line = Pela linha de comando
handover-step-zcw-exec = zcw exec { $name } -- ./your-script executa o script com { $idVar }, { $tokenVar } (válido por pelo menos 5 minutos), { $apiVar }, { $accountsVar } e { $dcVar } somente no ambiente dele.
handover-step-zcw-token = zcw token { $name } mostra um token de acesso válido, para uma chamada de cada vez.
handover-step-zcw-export = zcw export { $name } --format dotenv mostra os mesmos valores para ferramentas que os leem; os segredos, só quando pedidos.

## Verificar este computador: o nome de cada verificação, o que ela encontrou e o que fazer

doctor-check = Verificação
doctor-stopped = A verificação parou antes de terminar.
doctor-run-again = Faça a verificação de novo.
doctor-keychain = Chaveiro
doctor-keychain-ok = O chaveiro deste computador responde e está desbloqueado.
doctor-keychain-lost-entry = O chaveiro deste computador aceitou um item de teste, mas não o devolveu.
doctor-keychain-unavailable = O chaveiro deste computador não está disponível ({ $reason }).
doctor-keychain-locked = O chaveiro deste computador está bloqueado ou recusou o acesso ({ $reason }).
doctor-keychain-timeout = O chaveiro deste computador não respondeu em { $seconds ->
        [one] { $seconds } segundo
       *[other] { $seconds } segundos
    }.
doctor-keychain-failed = { $reason }
doctor-keychain-restart = { $platform ->
        [windows] Reinicie o Gerenciador de Credenciais do Windows, ou use o arquivo criptografado.
        [macos] Reinicie o seu chaveiro de início de sessão (no aplicativo Acesso às Chaves), ou use o arquivo criptografado.
       *[other] Reinicie o seu chaveiro (GNOME Keyring ou KWallet), ou use o arquivo criptografado.
    }
doctor-keychain-install = { $platform ->
        [windows] Inicie o Gerenciador de Credenciais do Windows, ou use o arquivo criptografado.
        [macos] Inicie o seu chaveiro de início de sessão (no aplicativo Acesso às Chaves), ou use o arquivo criptografado.
       *[other] Instale e inicie o seu chaveiro (GNOME Keyring ou KWallet), ou use o arquivo criptografado.
    }
doctor-keychain-unlock = { $platform ->
        [windows] Desbloqueie o Gerenciador de Credenciais do Windows (fazer login no Windows normalmente já faz isso) e verifique de novo.
        [macos] Desbloqueie o seu chaveiro de início de sessão no aplicativo Acesso às Chaves (fazer login no Mac normalmente já faz isso) e verifique de novo.
       *[other] Desbloqueie o seu chaveiro (GNOME Keyring ou KWallet; fazer login na sua sessão da área de trabalho normalmente já faz isso) e verifique de novo.
    }
doctor-keychain-waiting = Ele pode estar esperando a senha dele em uma janela: desbloqueie-o e verifique de novo.
doctor-ports = Porta de login
doctor-ports-free = A porta { $ports } em localhost está livre para o login.
doctor-ports-busy = Em uso: { $ports }.
doctor-ports-fix = Feche esse programa antes de fazer login, ou dê outra porta à conexão e registre http://localhost:PORT/callback para ela no Zoho API console (com a nova porta no lugar de PORT).
doctor-browser = Navegador
doctor-browser-set = $BROWSER indica { $program }, que está instalado.
doctor-browser-missing = $BROWSER indica { $program }, que não foi encontrado.
doctor-browser-fix = Defina BROWSER com um navegador instalado aqui, ou remova essa variável para usar o navegador padrão da área de trabalho.
doctor-browser-no-xdg-open = O xdg-open, que abre o navegador da área de trabalho, não está instalado.
doctor-browser-install = Instale o xdg-utils ou defina BROWSER com o seu navegador. Você também pode copiar o endereço de login manualmente.
doctor-browser-default = O navegador padrão da área de trabalho abre os endereços.
doctor-updates = Atualizações
doctor-updates-available = A versão { $newest } está disponível; esta é a { $running }.
doctor-updates-fix = Atualize o aplicativo: com o gerenciador de pacotes que o instalou (sudo apt update && sudo apt upgrade, ou sudo dnf upgrade), ou com “Verificar atualizações” no aplicativo.
doctor-updates-off = Esta é a versão { $running }. O aplicativo não procura versões novas sozinho (isso está desativado no aplicativo).
doctor-updates-current = Esta é a versão { $running }, a mais nova que o aplicativo encontrou da última vez que procurou.
doctor-updates-not-yet = Esta é a versão { $running }. O aplicativo ainda não procurou uma mais nova.
doctor-folder = Pasta de configurações
doctor-folder-private = { $path } é acessível só para você.
doctor-folder-other-owner = { $path } pertence a outro usuário.
doctor-folder-open = { $path } também é acessível para outros usuários (modo { $mode }).
doctor-folder-files-open = Outros usuários têm acesso a { $files } em { $path }.
doctor-folder-narrowed = Na próxima vez que salvar algo, o aplicativo restringe o acesso a ela só para você; ou defina ZCW_CONFIG_DIR com uma pasta sua.
doctor-folder-unreadable = { $reason }
doctor-folder-own = Defina ZCW_CONFIG_DIR com uma pasta sua.
doctor-server = Zoho { $dc } ({ $host })
doctor-server-override = Servidor de contas { $host }
doctor-server-fix = Verifique o acesso à internet, o proxy ou o firewall.
doctor-server-silent = O servidor não respondeu em { $seconds ->
        [one] { $seconds } segundo
       *[other] { $seconds } segundos
    }.
doctor-server-unreachable = Inacessível: { $reason }.
doctor-clock-off = Acessível, mas o relógio deste computador está { $offset } s diferente do relógio do Zoho.
doctor-clock-fix = Acerte o relógio (ative a hora automática): os códigos e tokens do Zoho falham quando ele está alguns minutos errado.
doctor-clock-agrees = Acessível; o relógio está certo (diferença de { $offset } s).
doctor-reachable = Acessível.

## Solicitações enviadas a empresas clientes, como a tela de conexões as lista

request-waiting = Esperando a resposta · expira { $expires }
request-expired = Expirou { $expires }, nenhuma resposta importada
request-answered = Respondida { $when }
disconnected-revoked = O Zoho revogou o login de “{ $name }” (o token de atualização dela e os tokens de acesso gerados a partir dele).
disconnected-alreadyRevoked = O Zoho já tinha encerrado o login de “{ $name }”.
disconnected-localOnly = Os tokens de “{ $name }” foram apagados só aqui: o Zoho ainda pode aceitá-los. Revogue o login manualmente na sua conta Zoho, em Connected apps (Aplicativos conectados).
disconnected-notSignedIn = “{ $name }” não tinha login para revogar.

## Os nomes de função do tutorial do Catalyst, por edição (etapa 1)

edition-crm_crud = Edições Node.js e Java
edition-lead_manager_function = Edição Python

# Erros: cada um diz o que aconteceu e depois o que fazer


## reached

reached-crm-org = Organização do CRM { $org }
reached-crm-user = Usuário do CRM { $email }
reached-crm-leads = Módulo Leads do CRM
reached-crm-no-leads = Módulo Leads do CRM (ainda sem leads)
reached-zoho-account = Conta Zoho { $email }


## O que está errado em um valor citado por um erro: cada mensagem completa a frase do seu erro.
## Depois de “O endereço do armazenamento da equipe, “…”, não pode ser usado:” ou de “ZCW_… tem o valor “…”, que não pode ser usado:”
flaw-address-empty = está vazio; informe o endereço do servidor, por exemplo https://vault.example.com:8200
flaw-address-not-web = não é um endereço web
flaw-address-has-path = contém um caminho; informe só o endereço do servidor
flaw-address-unencrypted = enviaria segredos sem criptografia para outro computador; use https://
flaw-address-other-scheme = não usa https:// nem é um endereço http:// deste mesmo computador
flaw-address-has-credentials = contém um nome de usuário ou uma senha
## Depois de “Esta solicitação não pode ser aberta:”
flaw-sender-empty = o nome de quem a enviou está vazio
flaw-sender-spaced = o nome de quem a enviou tem espaços no início ou no fim, ou espaços duplicados
flaw-sender-too-long = o nome de quem a enviou tem mais de { $max } caracteres
flaw-sender-like-code = o nome de quem a enviou contém um código com formato de impressão digital
flaw-sender-hidden-characters = o nome de quem a enviou contém caracteres que podem esconder ou reordenar o que aparece na tela (caracteres de controle ou de formatação) ou outros símbolos não permitidos
## Dentro de “O endereço colado não é o retorno do login desta conexão (…)”
flaw-pasted-not-web = ele não é um endereço web
flaw-pasted-no-redirect-uri = esta conexão não tem uma URI de redirecionamento válida
flaw-pasted-elsewhere = ele aponta para outro lugar
flaw-pasted-other-attempt = ele é de outra tentativa de login
flaw-pasted-repeated = o parâmetro { $part } aparece mais de uma vez
flaw-pasted-no-code = ele não contém o código de login
## Depois de “A resposta para “…” contém um valor que não pode ser usado:” ou de “O registro … do armazenamento da equipe está danificado:”
flaw-other-connection = é de outra conexão, não de “{ $name }”
flaw-name-not-allowed = o nome da conexão não é permitido
flaw-client-id-unusable = o Client ID não tem o formato dos que o Zoho gera
flaw-client-secret-unusable = o Client Secret não tem o formato dos que o Zoho gera
flaw-other-client = é de outro cliente, não do que a conexão usa
flaw-unknown-data-centre = o data center indicado não existe no Zoho
flaw-other-data-centre = o cliente está no data center { $dc }, e a solicitação pedia o { $asked }
flaw-registration-invalid = o que a solicitação pede para registrar não é válido no data center da resposta ({ $field ->
        [none] um dos valores
       *[other] o campo { $field }
    })
flaw-no-sign-in = não traz login, e a solicitação pedia um
flaw-untrusted-accounts-server = o servidor de contas indicado não é um servidor de contas confiável do Zoho
flaw-accounts-server-elsewhere = o servidor de contas é o do data center { $other }, não o do { $dc }
flaw-api-domain-elsewhere = o domínio da API não é o do data center { $dc } ({ $expected })
flaw-scopes-not-zohos = os escopos não são nomes de escopo do Zoho
flaw-account-not-address = a conta usada no login não é um endereço de e-mail
flaw-connection-gone = a conexão a ser reconectada não está mais aqui
flaw-client-changed = a conexão daqui agora usa outro cliente
flaw-data-centre-changed = a conexão daqui passou para outro data center depois que a solicitação foi criada
flaw-signed-in-since = foi feito um novo login na conexão aqui depois que a solicitação foi criada
flaw-account-unnamed = o Zoho não diz de qual conta é o login, e a solicitação pedia essa informação
flaw-account-not-zohos = a conta indicada não é a que, segundo o Zoho, fez login ({ $zoho })
flaw-other-account = o login foi feito com outra conta Zoho, não com a da conexão ({ $earlier })
flaw-account-unknown = o Zoho não diz qual conta fez login, e a da conexão era { $earlier }
flaw-kept-under-another = indica uma conexão diferente de “{ $key }”, o nome com que ele está guardado
flaw-port-unusable = a porta local (loopback) não é válida
flaw-redirect-uri-unusable = uma das URIs de redirecionamento não é válida
flaw-homepage-unusable = a URL da página inicial não é válida
flaw-client-name-not-allowed = o nome do cliente não é permitido
flaw-signed-in-at-unknown = o data center em que o login foi feito não existe no Zoho
flaw-request-unusable = a solicitação da qual a conexão veio não pode ser usada

## O que foi feito em nome da pessoa, acima da lista de conexões
notice-cached-token-replaced = O token de acesso guardado para “{ $name }” não podia ter vindo do Zoho (a validade, os horários de renovação ou o domínio da API estavam errados), então ele foi substituído por um novo.
notice-token-not-kept = O novo token de acesso de “{ $name }” não pôde ser guardado para a próxima chamada. Ele foi usado só desta vez; verifique o local onde os segredos dela são guardados.
notice-request-removed = A solicitação “{ $name }” expirou { $when } sem resposta: ela foi removida junto com a chave, então nenhuma resposta a ela pode ser aberta. Crie uma nova solicitação se ainda precisar de uma.

## why

why-never-connected = ela nunca foi conectada
why-refresh-token-missing = o refresh token dela está faltando
why-refresh-token-refused = o Zoho não aceita mais o refresh token dela (revogado ou substituído por logins mais recentes: o Zoho guarda no máximo 20 por usuário)
why-disconnected-during-refresh = ela foi desconectada enquanto o access token era renovado
why-disconnected = ela foi desconectada
why-no-refresh-token = ela não tem refresh token

## InputError

error-unknown_data_centre = Data center desconhecido: “{ $given }”. Escolha um destes: { $known }.
# Um nome de cliente: só letras, números, espaços, _ e & (sem hífen nem apóstrofo).
suggested-client-name = Meu cliente do Zoho
error-client_name_empty = Digite um nome para o cliente, por exemplo { $example }.
error-client_name_invalid_chars = O nome do cliente contém { $chars }. O Zoho só aceita letras, números, espaços, _ e &.
error-port_empty = Digite um número de porta (de { $min } a { $max }).
error-port_not_number = “{ $given }” não é um número de porta. Digite um número inteiro de { $min } a { $max }.
error-port_out_of_range = A porta { $value } está fora do intervalo permitido. Use uma porta de { $min } a { $max }.
error-ports_clash = A porta { $port } também é a porta local do catalyst serve. Escolha outra porta para o endereço local (loopback) deste aplicativo.
error-project_name_empty = Digite o nome do projeto do Catalyst, como aparece no console do Catalyst (por exemplo, LeadManager).
error-project_name_invalid_chars = O nome do projeto contém { $chars }. Use somente letras e números (os espaços são removidos e as maiúsculas viram minúsculas).
error-org_id_empty = Digite o Org ID: o número depois de /baas/ no endereço do seu console do Catalyst, ou cole esse endereço inteiro.
error-org_id_not_numeric = O Org ID “{ $given }” não é um número. Copie os dígitos depois de /baas/ no endereço do seu console do Catalyst, ou cole esse endereço inteiro.
error-org_id_not_in_url = Este endereço não contém um Org ID. Abra o seu projeto no console do Catalyst e copie o endereço da barra de endereços do navegador (ele contém /baas/ seguido de dígitos).
error-unknown_environment = Ambiente desconhecido: “{ $given }”. Escolha development (desenvolvimento) ou production (produção).
error-function_name_empty = Digite o nome da função (crm_crud nas edições Node.js e Java, lead_manager_function na edição Python).
error-function_name_invalid_chars = O nome da função contém { $chars }. Use somente letras, números, _ e -.
error-url_empty = Digite um endereço que comece com https://.
error-url_malformed = “{ $given }” não é um endereço web completo ({ $reason }). Digite-o no formato https://example.com/...
error-url_not_https = “{ $given }” precisa começar com https:// (http:// simples só é aceito para localhost).
error-url_loopback_ip = O Zoho recusa 127.0.0.1 e [::1] em URIs de redirecionamento. Escreva “{ $suggestion }” no lugar.
error-url_has_query_or_fragment = “{ $given }” tem parâmetros de consulta (?...) ou um fragmento (#...). Remova tudo a partir do ? ou do #.
error-url_has_credentials = “{ $given }” contém um nome de usuário ou uma senha. Remova a parte antes do @.
error-connection_name_empty = Digite um nome para esta conexão, por exemplo LeadManagerApp.
error-connection_name_invalid_chars = O nome da conexão contém { $chars }. Use somente letras, números, espaços, _, . e -.
error-connection_name_too_long = O nome da conexão é longo demais. Use no máximo { $max } caracteres.
error-connection_exists = Já existe uma conexão chamada “{ $name }”. Escolha outro nome ou abra essa conexão para substituir o segredo dela.
error-connection_not_found = Não há nenhuma conexão chamada “{ $name }”.
error-client_id_empty = Cole o Client ID que o Zoho mostrou depois que você clicou em Create.
error-client_id_looks_like_secret = Isto parece ser o Client Secret, não o Client ID. Cole-o no campo Client Secret e copie o Client ID (ele começa com 1000.) para este campo.
error-client_id_has_spaces = O Client ID contém espaços. Copie-o de novo do Zoho API console, sem nada em volta.
error-client_secret_empty = Cole o Client Secret que o Zoho mostrou depois que você clicou em Create.
error-client_secret_looks_like_id = Isto parece ser o Client ID (ele começa com 1000.), não o Client Secret. Cole aqui o Client Secret: no Zoho API console, ele aparece abaixo do Client ID.
error-passphrase_too_short = A frase secreta é curta demais. Use pelo menos { $min } caracteres, de preferência algumas palavras sem relação entre si.
error-passphrase_mismatch = As duas frases secretas são diferentes. Digite a mesma frase secreta duas vezes.
error-wrong_passphrase = Frase secreta errada para o arquivo criptografado: ela não é a que foi escolhida quando o arquivo foi criado.
error-server_url_rejected = { $variable } tem o valor “{ $value }”, que não pode ser usado: { $reason }. Defina um endereço https://, ou http:// somente neste computador (127.0.0.1, [::1] ou localhost), ou remova essa variável.
error-account_changed = O login foi feito como { $now }, mas esta conexão estava conectada como { $previous }. O novo login não foi mantido, e os tokens dele foram revogados.
error-team_address_rejected = O endereço do armazenamento da equipe, “{ $value }”, não pode ser usado: { $reason }.
error-team_path_invalid = O valor “{ $value }” em { $field } não é um caminho no armazenamento da equipe. Use letras, números, _, - e ., com / entre as partes.
error-team_app_role_incomplete = Um AppRole precisa do role ID e do arquivo com o secret ID dele. Informe os dois, ou nenhum para usar um token.
error-connection_name_dots = O nome de uma conexão não pode ter só pontos. Use também letras ou números.
error-requester_empty = Diga quem está pedindo as credenciais, como o administrador da empresa cliente conhece você (por exemplo, Acme Integrations).
error-requester_invalid_chars = O campo Quem pede contém { $chars }. Use somente letras, números, espaços e pontuação simples (. , - ' & ( ) / @ + _ : ! ? #).
error-requester_too_long = O campo Quem pede é longo demais. Use no máximo { $max } caracteres.
error-requester_looks_like_code = O campo Quem pede contém um código com formato de impressão digital (grupos de quatro letras ou números, como ABCD-1234). Escreva só o nome: o aplicativo do administrador mostra sozinho a impressão digital da solicitação, e nada do que a solicitação diz pode se parecer com uma.
error-request_name_looks_like_code = O nome da conexão de uma solicitação não pode ter formato de impressão digital (grupos de quatro letras ou números, como ABCD-1234): o administrador confere a impressão digital que o aplicativo dele mostra. Escolha outro nome.
error-request_lifetime_out_of_range = Uma solicitação não pode durar { $given }. Escolha de { $min } a { $max }.
error-pasted_address_invalid = O endereço colado não é o retorno do login desta conexão ({ $reason }). Cole o endereço completo da barra de endereços do navegador depois que o Zoho mandar você de volta (ele começa com { $expected }).

## StoreError

error-read_back_mismatch = O segredo lido de volta ({ $store }) é diferente do que foi digitado, então ele não foi guardado. Tente salvar de novo.
error-secret_missing = O Client Secret de “{ $name }” não está onde deveria estar ({ $store }).

## FileError

error-config_dir_unknown = Não foi possível encontrar uma pasta para as configurações: nenhuma pasta pessoal (home) é conhecida. Defina ZCW_CONFIG_DIR com uma pasta em que este aplicativo possa gravar.
error-cannot_write = Não foi possível gravar { $path }. Verifique se a pasta existe e permite gravação, ou defina ZCW_CONFIG_DIR com outra pasta.
error-cannot_read = Não foi possível ler { $path }. Verifique se ele existe e se você tem permissão para lê-lo.
error-not_a_regular_file = { $path } não é um arquivo (é uma pasta, um pipe ou um dispositivo), então não foi lido. Escolha o próprio arquivo.
error-too_large = { $path } tem mais de { $max_kib } KiB, muito mais do que o arquivo esperado teria, então não foi lido. Escolha o arquivo certo.
error-not_text = { $path } não contém texto, então não é o arquivo esperado. Escolha o arquivo certo.
error-not_yours = A pasta { $path } pertence a outro usuário, então este aplicativo não vai guardar os arquivos dele ali. Use uma pasta sua (defina ZCW_CONFIG_DIR) ou devolva esta pasta ao seu usuário.
error-draft_corrupt = O rascunho salvo do assistente não pôde ser lido, então ele foi movido para { $moved_to } e o assistente começa do zero. Preencha as etapas de novo; o rascunho antigo continua lá se você precisar de algum valor dele.
error-connections_corrupt = O arquivo de conexões não pôde ser lido. Ele foi movido para { $moved_to }, para que nada se perca, e uma lista vazia começa agora. Restaure-o de lá, se puder.
error-connections_from_newer_version = O arquivo de conexões { $path } foi gravado por uma versão mais nova deste aplicativo (esquema { $version }). Atualize o Zoho Credential Wizard para usá-lo.

## BrowserError

error-launch_failed = Não foi possível abrir o navegador. Copie o endereço { $url } para o seu navegador.
error-untrusted_url = O aplicativo se recusou a abrir { $url }: não é o Zoho API console de um data center conhecido. Nada foi aberto. Use o botão Abrir o Zoho API Console, que abre o console do data center que você escolheu.

## ClipboardError

error-unavailable = A área de transferência não pode ser usada aqui. Copiar exige uma sessão de área de trabalho: execute isto no computador em que você vai colar.

## SignInError

error-port_in_use = A porta { $port } já está em uso neste computador, então o login não consegue voltar para este aplicativo. Feche o programa que a está usando e tente de novo, ou escolha outra porta para esta conexão e registre http://localhost:PORT/callback para ela no Zoho API console (com a nova porta no lugar de PORT).
error-port_permission_denied = Este computador não permite escutar na porta { $port } (no Windows, a porta pode estar em uma faixa reservada). Escolha outra porta para esta conexão e registre http://localhost:PORT/callback para ela no Zoho API console (com a nova porta no lugar de PORT).
error-listener_failed = Este aplicativo não conseguiu escutar na porta { $port } para o login. Feche o programa que a está usando e tente de novo, ou escolha outra porta para esta conexão e registre http://localhost:PORT/callback para ela no Zoho API console (com a nova porta no lugar de PORT).
error-timed_out = O Zoho não respondeu em { $seconds ->
        [one] { $seconds } segundo
       *[other] { $seconds } segundos
    }. { $causes }
error-cancelled = O login foi cancelado. Comece de novo quando estiver pronto.
error-declined = Você recusou o acesso no Zoho, então nenhum token foi emitido. Comece o login de novo e clique em Accept (Aceitar) no Zoho.
error-untrusted_accounts_server = O retorno do Zoho indica { $server } como servidor de contas, mas esse não é um servidor de contas do Zoho conhecido. Nada foi enviado a ele. Comece o login de novo; se isso se repetir, alguém pode estar interferindo no login.
error-not_started = Não há nenhum login em andamento. Comece o login de novo.
error-discarded = O novo login foi cancelado no Zoho e os tokens dele foram apagados; a conexão continua conectada como { $previous }. Se quiser usar a outra conta mesmo assim, faça login de novo e troque para ela.
error-revoke_unreachable = Não foi possível acessar o Zoho para revogar o login de “{ $name }”, então nada foi apagado. Você também pode revogá-lo manualmente: na sua conta Zoho, abra Connected apps (Aplicativos conectados) e remova este cliente.
error-needs_sign_in = “{ $name }” não tem um login que funcione: { $why }.

## ZohoError

error-invalid_client = O Zoho recusou o cliente: o Client Secret está errado, ou este cliente está registrado em outro data center. Confira o data center, substitua o segredo se você gerou um novo e tente de novo.
error-invalid_client_secret = O Zoho diz que o Client Secret está errado. Copie-o de novo do Zoho API console (ou gere um novo) e substitua-o.
error-invalid_code = O código de login expirou ou já foi usado (os códigos valem de 1 a 2 minutos). Comece o login de novo.
error-invalid_redirect_uri = O Zoho diz que a URI de redirecionamento não corresponde à que foi registrada. Registre { $uri } exatamente assim (mesma porta, sem barra no final) no Zoho API console.
error-rate_limited = O Zoho está limitando este cliente (chamadas demais em pouco tempo). Espere alguns minutos e tente de novo.
error-access_denied = O Zoho recusou o acesso: há logins demais para este cliente, ou o acesso foi recusado. Espere alguns minutos e faça login de novo.
error-unexpected = O Zoho respondeu com um erro que este aplicativo não conhece. Tente de novo; se isso se repetir, verifique o cliente no Zoho API console.
error-bad_response = Não foi possível entender o que o Zoho respondeu. Tente de novo daqui a alguns minutos; se isso se repetir, o Zoho pode estar mudando algo do lado dele.
error-token_rate_limited = O Zoho permite no máximo 10 novos tokens de acesso a cada 10 minutos por conexão, e “{ $name }” já usou todos. Tente de novo em { $wait_secs ->
        [one] { $wait_secs } segundo
       *[other] { $wait_secs } segundos
    }.

## NetworkError

error-timeout = O Zoho não respondeu em { $seconds ->
        [one] { $seconds } segundo
       *[other] { $seconds } segundos
    }. Verifique o acesso à internet (e o proxy, se houver) e tente de novo.
error-unreachable = Não foi possível acessar o Zoho. Verifique o acesso à internet (e o proxy, se houver) e tente de novo.

## Error


## KeychainError

error-keychain_unavailable = O chaveiro deste computador não está disponível. Instale e inicie um chaveiro, como o GNOME Keyring ou o KWallet, desbloqueie-o e tente de novo. Nada foi salvo.
error-keychain_locked = O chaveiro deste computador está bloqueado ou recusou o acesso. Desbloqueie-o (faça login na sua sessão da área de trabalho, ou desbloqueie o chaveiro no aplicativo de chaveiro) e tente de novo. Nada foi salvo.
error-keychain_timeout = O chaveiro deste computador não respondeu em { $seconds ->
        [one] { $seconds } segundo
       *[other] { $seconds } segundos
    }. Ele pode estar bloqueado, esperando a senha dele em uma janela: desbloqueie-o e tente de novo. O chaveiro ainda pode concluir a alteração mais tarde; a próxima alteração nas suas conexões confere isso e arruma tudo.
error-keychain_too_long = O { $what ->
        [secret] segredo
       *[name] nome do item
    } é mais longo do que o chaveiro deste computador permite (no máximo { $limit } bytes), então não foi salvo.
error-keychain_failure = O chaveiro deste computador falhou. Tente de novo; se continuar falhando, reinicie o seu chaveiro.

## FileStoreError

error-file_store_missing = O arquivo criptografado { $path } ainda não existe.
error-file_store_corrupt = O arquivo criptografado { $path } não pode ser lido: ele está danificado ou não é um arquivo criptografado deste aplicativo. Restaure-o de um backup, ou mova-o para outro lugar e salve os segredos de novo.
error-file_store_key_mismatch = O arquivo criptografado { $path } não foi criado com a chave que está em { $key }: os dois arquivos são de armazenamentos diferentes. Nada foi alterado. Coloque de volta o arquivo de chave que ficava ao lado deste arquivo criptografado (do mesmo backup; um arquivo de chave deixado de lado antes fica guardado ao lado dele, com o nome terminando em .unused), ou mova os dois para outro lugar e salve os segredos de novo. Se o arquivo criptografado estiver sendo mantido desbloqueado em segundo plano, bloqueie-o e desbloqueie-o de novo.
error-file_store_key_damaged = O arquivo de chave { $key } do arquivo criptografado está danificado. Nada foi alterado. Restaure-o do mesmo backup de { $path }; sem ele, o arquivo criptografado não pode ser aberto.
error-file_store_too_much_work = Abrir { $path } com a frase secreta dele exige mais trabalho (scrypt 2^{ $required }) do que este computador permite (até 2^{ $allowed }): a frase secreta foi definida em um computador muito mais rápido, ou não foi definida por este aplicativo. Nada foi alterado. Abra o arquivo criptografado no computador em que a frase secreta foi definida e defina uma nova frase secreta lá.
error-file_store_key_missing = A chave do arquivo criptografado { $path } está faltando: a frase secreta abre o arquivo de chave ao lado dele, { $key }, que não está lá. Nada foi alterado. Restaure o arquivo de chave do mesmo backup do arquivo criptografado.
error-passphrase_needed = Os segredos estão guardados no arquivo criptografado, que precisa da frase secreta dele.
error-agent = O agente que mantém o arquivo criptografado aberto em segundo plano falhou.
error-agent_outdated = O agente que mantém o arquivo criptografado aberto em segundo plano foi iniciado por outra versão deste programa (protocolo { $found }; esta versão usa o { $expected }), o que acontece depois de uma atualização.
error-agent_running = Já há um agente em execução (o socket dele é { $path }).

## TeamError

error-team_unreachable = Não foi possível acessar o armazenamento da equipe em { $address }. Verifique o endereço e se o servidor está funcionando, e tente de novo. Nada foi alterado.
error-team_quorum_lost = O cluster do armazenamento da equipe ({ $addresses }) não tem nenhum nó ativo: { $down ->
        [one] { $down } dos seus { $nodes } nós não responde
       *[other] { $down } dos seus { $nodes } nós não respondem
    }, então ele perdeu o quórum (a maioria precisa estar funcionando). Inicie os nós parados e tente de novo. Nada foi alterado.
error-team_no_active_node = O cluster do armazenamento da equipe ({ $addresses }) não encontrou nenhum nó ativo em { $seconds ->
        [one] { $seconds } segundo
       *[other] { $seconds } segundos
    } (uma eleição que não termina). Verifique a saúde do cluster e tente de novo. Nada foi alterado.
error-team_sealed = O armazenamento da equipe em { $address } está selado (sealed). Peça a quem o administra que faça o unseal (bao operator unseal ou vault operator unseal) e tente de novo. Nada foi alterado.
error-team_token_missing = Não há token para o armazenamento da equipe. Defina VAULT_TOKEN (ou BAO_TOKEN), ou faça login com bao login ou vault login (eles guardam o token em ~/.vault-token); em um servidor, informe um AppRole (role ID e arquivo do secret ID).
error-team_token_rejected = O armazenamento da equipe em { $address } recusou o token: ele expirou ou foi revogado. Obtenha um novo (bao login, vault login ou um novo secret ID do AppRole) e tente de novo. Nada foi alterado.
error-team_permission_denied = O token do armazenamento da equipe não tem autorização para { $capability ->
        [read] ler
        [list] listar
        [create] criar
        [delete] excluir
       *[update] alterar
    } “{ $path }”. A política dele precisa da capability “{ $capability }” nesse caminho (veja no README a seção “Teams and servers”). Nada foi alterado.
error-team_app_role_refused = O login do AppRole no armazenamento da equipe foi recusado. Confira o role ID e se o secret ID no arquivo dele está atualizado.
error-team_secret_id_file = O arquivo do secret ID do AppRole, { $path }, não pode ser lido. Verifique se ele existe e se este usuário tem permissão para lê-lo.
error-team_ca_cert = O certificado da CA do armazenamento da equipe, { $path }, não pode ser usado. Informe um arquivo PEM com a CA que assinou o certificado do servidor.
error-team_answer = O armazenamento da equipe em { $address } recusou a operação (HTTP { $status }). Nada foi alterado. Tente de novo; se isso se repetir, mostre os detalhes a quem administra o armazenamento da equipe.
error-team_record_unreadable = O registro { $path } do armazenamento da equipe não está no formato que este aplicativo grava. Alguém o alterou manualmente: corrija-o ou exclua-o.
error-team_record_damaged = O registro { $path } do armazenamento da equipe está danificado: { $problem }. Ele não é usado. Corrija-o, ou exclua-o e adicione a conexão de novo.
error-team_conflict = O registro { $path } do armazenamento da equipe mudou várias vezes enquanto este aplicativo o alterava (outras máquinas estavam gravando nele). Tente de novo daqui a pouco.
error-team_refresh_stuck = Outra máquina está renovando o token de acesso de “{ $name }” há { $seconds ->
        [one] { $seconds } segundo
       *[other] { $seconds } segundos
    } sem terminar. Tente de novo daqui a um minuto; se isso continuar acontecendo, verifique essa máquina.
error-team_not_set_up = Nenhum armazenamento da equipe está configurado neste computador.

## ApiError

error-other_host = { $given } não está no domínio de API de “{ $name }”, { $domain }: o token dela não vai para nenhum outro lugar, então nada foi enviado. Informe um caminho como /crm/v8/org, ou um endereço em { $domain }.
error-bad_target = “{ $given }” não é um caminho nem um endereço de API. Informe um caminho como /crm/v8/org.
error-bad_header = O cabeçalho “{ $name }” não pode ser enviado: um cabeçalho tem o formato Nome: valor, com o nome feito de letras, números e -, e o valor em uma única linha, em ASCII simples. Corrija-o e tente de novo.
error-header_refused = O cabeçalho { $header } é definido pela própria conexão e não pode ser informado. Deixe-o de fora e tente de novo.
error-no_api_domain = “{ $name }” não tem um domínio de API registrado, e o data center dela não indica nenhum, então não há para onde o token dela possa ir. Faça login de novo para que o Zoho o indique.
error-token_refused = O Zoho recusou o token de acesso de “{ $name }” (INVALID_TOKEN), de novo logo depois de um novo ser criado: o login foi revogado ou não é mais válido.
error-scope_missing = { $needs ->
        [none] O token de acesso de “{ $name }” funciona, mas os escopos dele não cobrem esta chamada (o Zoho respondeu OAUTH_SCOPE_MISMATCH). Escopos incluídos no login: { $granted }. A documentação do Zoho para essa chamada indica o escopo de que ela precisa.
       *[other] O token de acesso de “{ $name }” funciona, mas os escopos dele não cobrem esta chamada (o Zoho respondeu OAUTH_SCOPE_MISMATCH): ela precisa de { $needs }. Escopos incluídos no login: { $granted }.
    }
error-api_rate_limited = O limite de chamadas da API do Zoho foi atingido para “{ $name }” (HTTP 429): nada mais será enviado por enquanto. Espere um minuto e tente de novo.

## OnboardingError

error-request_unreadable = Isto não é uma solicitação de credenciais do Zoho Credential Wizard. Peça a quem enviou que envie de novo o arquivo de solicitação ou o link dele.
error-feed_unreachable = Não foi possível acessar a fonte de atualizações em { $address }, então o aplicativo não conseguiu procurar uma versão nova. Verifique o acesso à internet e tente de novo mais tarde; o aplicativo não foi alterado.
error-feed_unreadable = O retorno da fonte de atualizações não está num formato que este aplicativo consiga ler, então nenhuma atualização foi oferecida. Tente de novo mais tarde; o aplicativo não foi alterado.
error-signature_refused = A atualização baixada não tem uma assinatura digital válida do editor do aplicativo, então ela não foi instalada. O aplicativo não foi alterado. Tente de novo mais tarde; se isso se repetir, baixe o aplicativo na página de versões (Releases) dele e confira o download como o README explica.
error-download_failed = Não foi possível baixar a atualização. Tente de novo mais tarde; o aplicativo não foi alterado.
error-install_failed = Não foi possível instalar a atualização; o aplicativo não foi alterado. Tente de novo, ou baixe a versão nova na página de versões (Releases) do aplicativo.
error-nothing_to_install = Não há nenhuma atualização esperando para ser instalada. Primeiro clique em “Verificar atualizações”.
error-offer_changed = A fonte de atualizações agora oferece a versão { $now }, não a { $offered } que você aceitou, então nada foi instalado. Clique de novo em “Verificar atualizações”.
error-request_from_newer_app = Esta solicitação foi criada com uma versão mais nova do Zoho Credential Wizard: ela usa a versão { $version } do formato, que esta versão do aplicativo não consegue ler. Atualize o aplicativo e abra a solicitação de novo; nada foi criado.
error-request_expired = A solicitação de { $from } expirou ({ $when }). Peça a { $from } uma nova solicitação; nada foi enviado.
error-requester_refused = O aplicativo não mostra quem enviou esta solicitação: { $why }. Ele só mostra nomes que não podem disfarçar o que aparece na tela. Nada foi criado. Peça a quem enviou que crie uma nova solicitação com o Zoho Credential Wizard.
error-request_from_the_future = Pelo relógio deste computador, esta solicitação diz ter sido criada no futuro ({ $when }). Verifique a data e a hora deste computador; se estiverem certas, peça a quem enviou uma nova solicitação. Nada foi criado.
error-fingerprint_mismatch = A impressão digital não corresponde à desta solicitação, então a solicitação pode ter sido alterada no caminho (a chave dela foi trocada). Nada foi salvo. Ligue para quem enviou, em um número que você já conhece, e peça que leia a impressão digital que o aplicativo dele mostra para esta solicitação; se ainda for diferente, peça uma nova solicitação.
error-not_from_request = “{ $name }” não foi criada a partir de uma solicitação de credenciais, então não há ninguém para quem enviá-la. Abra a solicitação que você recebeu e crie a conexão a partir dela.
error-sign_in_first = { $from } pediu uma conexão com login feito, e “{ $name }” ainda não está conectada. Primeiro, faça login no Zoho para ela; depois, envie a resposta.
error-no_such_request = Não há nenhuma solicitação pendente chamada “{ $name }” no local onde este computador guarda os segredos agora. Confira o nome na lista de solicitações (uma solicitação cancelada não pode ser respondida).
error-request_exists = Uma solicitação chamada “{ $name }” já está esperando a resposta. Cancele-a primeiro ou escolha outro nome.
error-already_answered = A resposta a “{ $name }” já foi importada ({ $when }); a chave dela não existe mais, então uma resposta não pode ser importada duas vezes. A conexão “{ $name }” guarda o que ela trouxe.
error-reply_unreadable = Esta resposta não pode ser aberta com a chave de nenhuma solicitação que está esperando aqui. Ela foi alterada no caminho, ou responde a uma solicitação que foi cancelada ou criada no armazenamento de outro computador. Nada foi alterado. Peça a quem enviou que salve a resposta de novo e envie o próprio arquivo.
error-reply_from_newer_app = Esta resposta foi criada com uma versão mais nova do Zoho Credential Wizard: ela usa a versão { $version } do formato, que esta versão do aplicativo não consegue ler. Atualize o aplicativo e importe a resposta de novo; nada foi alterado.
error-reply_for_another_request = Esta resposta é de outra solicitação, não de “{ $name }” (solicitação { $expected }). Importe-a com a solicitação a que ela responde; nada foi alterado.
error-reply_late = A resposta para “{ $name }” chegou depois que a solicitação expirou ({ $when }), então não foi importada. Qualquer pessoa que viu a solicitação poderia tê-la respondido; importe-a só se você esperava esta resposta da sua empresa cliente.
error-reply_invalid = A resposta para “{ $name }” contém um valor que não pode ser usado: { $reason }. Peça a quem enviou que confira a conexão e envie uma nova resposta; nada foi alterado.
error-reconnect_self_client = “{ $name }” é um Self Client: ele pertence à conta que o criou, então nenhuma empresa cliente pode reconectá-lo. Gere um novo código do Self Client no Zoho API console e importe o arquivo dele de novo.
error-reconnect_other_client = Esta solicitação pede que você faça login de novo em “{ $name }” com o cliente { $asked }, mas o Client ID informado é de outro cliente. Use o cliente com que a conexão foi criada (o Zoho API console mostra o Client ID dele na aba Client Secret); um cliente diferente precisa de uma nova solicitação, não de uma reconexão. Nada foi salvo.
error-reconnect_kept_other_client = Esta solicitação pede que você faça login de novo em “{ $name }” com o cliente { $asked }, mas a conexão “{ $name }” deste computador usa outro cliente. Nada foi alterado. Pergunte a quem enviou se a solicitação é para esta conexão; se for, remova a conexão aqui e abra a solicitação de novo.
error-reconnect_not_from_request = Esta solicitação pede que você faça login de novo em “{ $name }”, mas a conexão “{ $name }” deste computador não foi criada a partir de uma solicitação, então ela não é enviada a ninguém. Nada foi alterado. Se você quiser mesmo dar esta conexão a quem pediu, peça uma nova solicitação (não uma reconexão) e responda a ela com outro nome.
error-self_client_file_unreadable = Isto não é um self_client.json do Zoho API console. No console, abra Self Client, gere um código e escolha DOWNLOAD; depois, use esse arquivo.
error-self_client_code_expired = O código deste self_client.json expirou ({ $when }); nada foi enviado ao Zoho. No Zoho API console, abra Self Client, gere um novo código (escolha 10 minutes) e use o novo arquivo imediatamente.

## Error

error-worker_failed = Uma tarefa em segundo plano parou inesperadamente. Tente de novo; se isso continuar acontecendo, reinicie o aplicativo.
error-cannot_start = O Zoho Credential Wizard ainda não consegue funcionar neste computador. { $cause }
error-file_unusable = Não foi possível gravar { $path }. Escolha outro arquivo ou, no lugar dele, cole o texto.
error-cannot_delete = Não foi possível excluir { $path }. Exclua-o você mesmo no gerenciador de arquivos: ele contém o Client Secret sem criptografia.
error-no_self_client_file = Nenhum arquivo do Self Client foi importado nesta janela, então nada foi excluído. Se ainda houver um self_client.json na sua pasta de downloads, exclua-o você mesmo.
error-no_request_made = Nenhuma solicitação foi criada nesta janela, então não há nada para salvar. Crie a solicitação de novo.
error-request_changed = A solicitação na tela não é mais a que está sendo respondida, então nada foi salvo. Abra a solicitação de novo e confira a impressão digital dela.
error-nothing_to_import = Nenhuma resposta está aberta agora, então nada foi importado. Abra a resposta de novo.
