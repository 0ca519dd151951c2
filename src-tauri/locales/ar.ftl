# Zoho Credential Wizard: كل كلمة في تطبيق سطح المكتب، بالعربية (مترجمة عن en.ftl).
# المصطلحات: docs/glossary/ar.md (ويتبع GLOSSARY.md). النص داخل <b>…</b> الذي يسمّي زرًا أو حقلًا في Zoho API console
# هو تسمية Zoho نفسها كما تظهر في وحدة التحكم: أبقِه كما هو، واشرحه بالعربية حوله.
# العنصر الذي يحمل data-l10n-name خاص بالتطبيق (حقل، أو قيمة يملؤها التطبيق): أبقِه مرة واحدة.

app-name = Zoho Credential Wizard

## نوافذ اختيار الملفات في التطبيق

dialog-choose-request = فتح طلب
dialog-request-files = طلب بيانات الاعتماد
dialog-save-reply = حفظ الرد
dialog-save-request = حفظ الطلب
dialog-choose-reply = استيراد رد
dialog-reply-files = رد مشفّر
dialog-choose-self-client = اختيار ملف self_client.json
dialog-self-client-files = ملف Self Client

## الخطوة التالية بعد الخطأ، مع اسم ما يجب النقر عليه

next-ask-customer = تسجيل الدخول في هذا الاتصال خاص بزبونك: انقر على «طلب إعادة الاتصال من الزبون»، فيسجّل مسؤول Zoho لديه الدخول مرة أخرى.
next-sign-in = افتح «{ $connection }» وانقر على «إعادة تسجيل الدخول».
next-replace-secret = افتح «{ $connection }» وانقر على «استبدال السر»؛ وإذا فُقد السر، فأعد إنشاءه في Zoho API console.
next-list-connections = ارجع إلى «كل الاتصالات» لترى الاتصالات المحفوظة.
next-choose-file-store = أو استخدم الملف المشفّر بدلًا من ذلك.
next-create-file-store = اختر أولًا «ملف مشفّر» من «تغيير مكان حفظ الأسرار…» في شاشة «الاتصالات».
next-enter-passphrase = اكتب عبارة المرور التي اخترتها له في الحقل أعلاه، ثم انقر على «فتح قفل الملف المشفّر».
next-delete-locally = أعد المحاولة عندما يمكن الوصول إلى Zoho، أو اختر «… هذا الكمبيوتر فقط» أدناه.
next-allow-account-change = سجّل الدخول مرة أخرى، واختر «التبديل» عندما تُسأل عن الحساب الآخر.
next-restart-agent = أغلق التطبيق وافتحه مرة أخرى. وإذا كان الملف المشفّر مفتوح القفل في الخلفية، فأقفله أولًا (يشغّل المطوّر الأمر zcw lock).
next-stop-agent = أقفل أولًا الملف المشفّر المفتوح في الخلفية (يشغّل المطوّر الأمر zcw lock).
next-choose-team-store = اختر «مخزن الفريق» من «تغيير مكان حفظ الأسرار…» في شاشة «الاتصالات».
next-sign-in-with-scope = سجّل الدخول إلى «{ $connection }» مرة أخرى، مع إضافة اسم الإذن (scope) الذي يحتاجه إلى الأذونات التي يطلبها.
next-accept-late-reply = إذا كنت تتوقعه، فحدّد «كنت أتوقع هذا الرد بعد انتهاء صلاحية الطلب» واستورده مرة أخرى.

# الصفحة

## frame

page-a = الانتقال إلى المحتوى
page-span = Zoho Credential Wizard
page-nav =
    .aria-label = التطبيق
nav-home = كل الاتصالات
stepper =
    .aria-label = خطوات المعالج

## unlock

unlock-title = فتح قفل الملف المشفّر
unlock-explain = الأسرار اللازمة لذلك موجودة في الملف المشفّر. أدخل عبارة المرور الخاصة به أولًا: يُبقي التطبيق الملف مفتوح القفل حتى تُغلق التطبيق.
label-unlock-passphrase = عبارة مرور الملف المشفّر
unlock-button = فتح قفل الملف المشفّر

## frame

answering =
    .aria-label = طلب بيانات الاعتماد
answering-reconnect = <strong data-l10n-name="strong0"></strong> تسجيل دخول جديد للاتصال نفسه والعميل نفسه: لن يُنشأ أي شيء جديد.
answering-reconnect-strong = <bdi data-l10n-name="answering-reconnect-from"></bdi> يطلب منك إعادة تسجيل الدخول إلى «<span data-l10n-name="answering-reconnect-name"></span>».
answering-dt = مقدّم الطلب
answering-span = (كتبه المرسِل بنفسه: البصمة هي ما يُثبت أن الطلب منه)
answering-dt-2 = تنتهي صلاحيته
answering-dt-3 = البصمة
answering-span-2 = (يحسبها هذا التطبيق من الطلب)
answering-p = اطلب من الشخص الذي أرسل الطلب أن يقرأ عليك البصمة التي عرضها تطبيقه. إذا اختلفت، فقد تغيّر الطلب في الطريق: توقف هنا. القيم أدناه مأخوذة من الطلب ولا يمكن تغييرها.
label-answering-dc = مركز بيانات Zoho لديك
answering-dc-hint = ترك الطلب هذا الاختيار لك: اختر المكان الذي يوجد فيه حساب Zoho لشركتك. لا يمكن تغييره بعد حفظ Client Secret.
stop-answering = التوقف عن الرد على هذا الطلب
incoming-title = وصل طلب آخر لبيانات الاعتماد
incoming-dt = الاتصال
incoming-dt-2 = مقدّم الطلب
incoming-dt-3 = البصمة
incoming-p = أنت الآن ترد على الطلب الخاص بـ«<span data-l10n-name="incoming-current"></span>». لن يتغير شيء حتى تختار.
incoming-keep = متابعة الرد على الطلب الحالي
incoming-switch = الرد على الطلب الجديد بدلًا منه

## home

home-title = الاتصالات
open-request = فتح طلب وصلك
new-connection = اتصال جديد
home-p = كل اتصال يضم عميلًا واحدًا في Zoho: تُحفظ تفاصيله هنا، ويُحفظ Client Secret الخاص به في <span data-l10n-name="home-store"></span>.
draft-banner = لديك اتصال لم يكتمل. <button data-l10n-name="resume-draft"></button>
resume-draft = المتابعة من حيث توقفت
connections-caption = الاتصالات المحفوظة
connections-th = الاسم
connections-th-2 = مركز البيانات
connections-th-3 = Client ID
connections-th-4 = التكامل
connections-th-5 = مكان حفظ السر
connections-th-6 = الحالة
no-connections-p = <strong>لا توجد اتصالات بعد.</strong>
no-connections-p-2 = انقر على «<b>اتصال جديد</b>» لتسجيل عميل في Zoho وحفظ سره بأمان.
home-span = تُحفظ الأسرار الجديدة في <strong data-l10n-name="store-description"></strong>.
change-store = تغيير مكان حفظ الأسرار…
check-computer = فحص هذا الكمبيوتر
customers-title = العمل مع زبون
home-p-2 = عندما لا يستطيع إنشاء العميل إلا مسؤول Zoho لدى زبونك: أرسل إليه طلبًا، ثم استورد الرد المشفّر. ولا يضطر أحد إلى لصق سرّ في بريد إلكتروني.
request-credentials = طلب بيانات الاعتماد من زبون
import-reply = استيراد رد
requests-caption = الطلبات المرسلة إلى الزبائن
requests-th = الطلب
requests-th-2 = أُرسل باسم
requests-th-3 = البصمة
requests-th-4 = الحالة
requests-span = الإجراءات
store-picker-legend = أين تحفظ الاتصالات الجديدة أسرارها
store-picker-span = سلسلة مفاتيح هذا الكمبيوتر
store-picker-span-2 = الخيار المعتاد: يبقى السر على هذا الكمبيوتر، محميًّا بتسجيل دخولك إليه.
store-picker-span-3 = ملف مشفّر
store-picker-span-4 = حيث لا تعمل أي سلسلة مفاتيح. يطلب التطبيق عبارة المرور الخاصة به مرة واحدة في كل مرة يبدأ فيها.
store-picker-span-5 = خادم OpenBao أو Vault الخاص بفريقك
store-picker-span-6 = مشترك: كل كمبيوتر وخادم مُعدّ لاستخدامه يرى الاتصالات والرموز المميّزة نفسها.
file-store-explain = يحفظ الملف المشفّر الأسرار في ملف واحد، مشفّر بعبارة مرور تختارها أنت. لا تستخدمه إلا حيث لا تعمل أي سلسلة مفاتيح.
label-home-passphrase = عبارة المرور
label-home-passphrase-again = عبارة المرور مرة أخرى
team-store-explain = اطلب من المسؤول عن خادم OpenBao أو Vault الخاص بفريقك عنوانه ورمزًا مميّزًا (token)، أو سجّل الدخول على هذا الكمبيوتر بالأمر <code>bao login</code> أو <code>vault login</code> واترك حقل الرمز فارغًا. تُحفظ الاتصالات تحت البادئة في نقطة تركيب KV من الإصدار 2.
label-team-address = عنوان الخادم <small>(لمجموعة خوادم: عنوان كل عقدة في سطر مستقل)</small>
label-team-token = الرمز المميّز (token) <small>(يُحتفظ به فقط أثناء تشغيل التطبيق)</small>
label-team-mount = نقطة تركيب KV (mount)
label-team-prefix = البادئة (prefix)
team-store-form-summary = إعدادات أخرى (الشهادة، مساحة الاسم، AppRole)
label-team-ca-cert = ملف شهادة CA <small>(عندما تكون شهادة الخادم صادرة عن جهتكم)</small>
label-team-namespace = مساحة الاسم (namespace)
label-team-role-id = معرّف الدور في AppRole (role ID)
label-team-secret-id-file = ملف معرّف السر في AppRole (secret ID)
cancel-store = إلغاء
confirm-store = حفظ الأسرار الجديدة هنا

## doctor

doctor-title = فحص هذا الكمبيوتر
doctor-p = ما يحتاجه هذا التطبيق من الكمبيوتر، وقد فُحص الآن: كل بند إما سليم، وإما يوضح ما يجب فعله.
doctor-back = العودة إلى الاتصالات
doctor-again = إعادة الفحص

## details

show-connect = تسجيل الدخول إلى Zoho
show-handover = التسليم
show-disconnect = قطع الاتصال…
show-reconnect = طلب إعادة الاتصال من الزبون
show-replace = استبدال السر
show-rename = إعادة التسمية
show-remove = إزالة…
replace-explain = هل أعدت إنشاء السر في Zoho API console؟ الصق السر الجديد هنا؛ وسيحل محل السر المحفوظ.
label-replace-secret = Client Secret الجديد
replace-form-button = إظهار
    .aria-label = إظهار Client Secret الجديد
confirm-replace = حفظ السر الجديد
replace-form-button-2 = إلغاء
label-rename-input = الاسم الجديد
confirm-rename = إعادة التسمية
rename-form-button = إلغاء
confirm-remove = إزالة الاتصال وأسراره
remove-local = الإزالة من هذا الكمبيوتر فقط
remove-form-button = إلغاء
confirm-disconnect = قطع الاتصال وإبطال تسجيل الدخول لدى Zoho
disconnect-local = قطع الاتصال على هذا الكمبيوتر فقط
disconnect-form-button = إلغاء
details-h2 = القيم المسجَّلة في Zoho
details-back = العودة إلى الاتصالات

## open-request-view

open-request-title = فتح طلب بيانات الاعتماد
open-request-view-p = طلب منك أحدهم عميلًا في Zoho: افتح ملف الطلب الذي أرسله (<code>NAME.zcwrequest</code>)، أو الصق الرابط من رسالته الإلكترونية. سيعرض التطبيق بعدها بالضبط ما يجب إنشاؤه، ويرسل إليه ردًّا لا يستطيع فتحه أحد سواه.
label-request-text = الرابط أو نص الطلب
open-request-back = رجوع
choose-request-file = اختيار الملف…
open-request-text = فتح الطلب الملصق

## import-reply-view

import-reply-title = استيراد رد
import-reply-view-p = ردّ مسؤول Zoho لدى زبونك على طلب أرسلته: اختر ملف الرد، أو الصق نص الرد من رسالته الإلكترونية. لا يُفتح الرد إلا بمفتاح الطلب المحفوظ في <strong data-l10n-name="import-store"></strong>؛ وإذا تضمّن تسجيل دخول، يتحقق التطبيق مع Zoho من أنه يعمل. ثم تتحقق أنت من صاحب الحساب قبل حفظ أي شيء.
label-reply-text = نص الرد
reply-text =
    .placeholder = الصق نص الرد كاملًا هنا

## import-confirm

import-confirm-title = تحقّق من الرد قبل حفظه
import-confirm-dt = الاتصال
ic-reconnect-dt = إعادة الاتصال لـ
import-confirm-dt-2 = حساب Zoho الذي سجّل الدخول
import-confirm-dt-3 = Client ID
import-confirm-dt-4 = مركز البيانات
import-confirm-dt-5 = رمز الرد
import-confirm-span = (عرض تطبيق المسؤول الرمز نفسه بعد إرسال الرد: اطلب منه أن يقرأه عليك حين يكون الأمر مهمًّا)
ic-late-span = كنت أتوقع هذا الرد بعد انتهاء صلاحية الطلب
ic-confirm-text = هذا حساب Zoho الخاص بزبوني
ic-discard = تجاهل هذا الرد
ic-import = استيراد الاتصال

## import-reply-view

import-open = فتح «<span data-l10n-name="import-done-name"></span>»
import-reply-back = العودة إلى الاتصالات
choose-reply-file = اختيار الملف…
import-reply-text = فتح الرد الملصق

## request-made

request-made-title = طلبك جاهز للإرسال
made-lead = أرسل ملف الطلب أو الرابط بالبريد الإلكتروني إلى مسؤول Zoho لدى زبونك. لا يحتوي أيٌّ منهما على سر. يبقى مفتاح الطلب في <strong data-l10n-name="made-store"></strong>، فلا يستطيع أحد غيرك فتح الرد.
request-made-p = البصمة <strong data-l10n-name="made-fingerprint"></strong>
request-made-p-2 = اقرأها على المسؤول عبر الهاتف: يعرض تطبيقه المجموعات الأربع نفسها. تنتهي صلاحية الطلب: <span data-l10n-name="made-expires"></span>.
save-request-file = حفظ ملف الطلب…
copy-request-link = نسخ الرابط
made-email-title = رسالة بريد إلكتروني ترسلها معه
request-made-p-3 = ما يجب أن يفعله المسؤول، ومن أين يحصل على التطبيق، وأنك ستتصل به لتقرأ عليه البصمة (التي لا تُكتب في الرسالة أبدًا). انسخها في رسالتك، وأرفق بها ملف الطلب.
made-done = تم: الانتقال إلى الاتصالات

## reconnect-request

reconnect-request-title = اطلب من الزبون إعادة اتصال «<span data-l10n-name="rr-name"></span>»
reconnect-request-p = يسجّل مسؤول Zoho لدى زبونك الدخول مرة أخرى لهذا الاتصال، ثم تستورد أنت رده إليه. يحمل الطلب عميل الاتصال ومركز بياناته وأذوناته، فلا يحتاج المسؤول إلى إنشاء أي شيء: إذا كان قد احتفظ بالاتصال، فكل ما عليه هو تسجيل الدخول.
reconnect-request-dt = Client ID
reconnect-request-dt-2 = مركز البيانات
reconnect-request-dt-3 = الأذونات
label-rr-from = مَن يطلب
rr-from =
    .placeholder = Acme Integrations
hint-rr-from = اسم شركتك أو اسمك، كما سيراه المسؤول.
label-rr-expires = تنتهي الصلاحية بعد
rr-expires-option = يوم واحد
rr-expires-option-2 = 3 أيام
rr-expires-option-3 = 7 أيام
rr-expires-option-4 = 14 يومًا
rr-expires-option-5 = 30 يومًا
label-rr-scopes-add = أذونات تُضاف (اختياري: أسماء scopes مفصولة بفواصل)
hint-rr-scopes-add = عندما يحتاج استدعاءٌ إذنًا لا يملكه الاتصال، أضف اسم هذا الإذن (scope) هنا.
rr-back = إلغاء
rr-make = إنشاء طلب إعادة الاتصال

## reconnect-kept

reconnect-kept-title = إعادة تسجيل الدخول إلى «<span data-l10n-name="rk-name"></span>»
reconnect-kept-p = لا يزال هذا الاتصال موجودًا على هذا الكمبيوتر، بالعميل الذي يذكره الطلب. لا يوجد ما يُنشأ أو يُنسخ: تأكد من البصمة، ثم سجّل الدخول إلى Zoho. وسيحمل ردك بعد ذلك تسجيل الدخول الجديد.
reconnect-kept-dt = Client ID
reconnect-kept-span = (المحفوظ على هذا الكمبيوتر لـ«<span data-l10n-name="rk-name-again"></span>»)
reconnect-kept-dt-2 = الأذونات المطلوبة
reconnect-kept-span-2 = قرأ عليّ مرسِل الطلب هذه البصمة، وهي مطابقة: <strong data-l10n-name="rk-fingerprint"></strong>
rk-sign-in = التالي: إعادة تسجيل الدخول

## step-1

step-1-title = ما الذي سيتصل بـ Zoho؟
step1-request-hint = هل أرسل إليك أحدهم طلبًا؟ <button data-l10n-name="step1-open-request"></button>
step1-open-request = فتح طلب وصلك
step-1-p = أخبرنا أين يوجد حساب Zoho الخاص بك، وما الذي سيستخدم عميل Zoho الجديد. يحسب التطبيق القيم الدقيقة التي يجب تسجيلها في Zoho.
label-dc = مركز بيانات Zoho
hint-dc = العنوان الذي تسجّل الدخول منه إلى Zoho، مثل <code>accounts.zoho.eu</code> لأوروبا.
step-1-legend = التكامل
template-span = تطبيق Catalyst
text-catalyst = تطبيق Zoho Catalyst، مثل تطبيق LeadManager في البرنامج التعليمي.
template-span-2 = Hotglue / Optiply
text-hotglue = موصِّل hotglue، مثل تكامل Optiply مع Zoho.
template-span-3 = مخصّص
text-custom = نصوصك البرمجية أو خادمك الخاص، مع عناوين إعادة التوجيه الخاصة بك.
choice-self-client-span = Self Client
text-self-client = النصوص البرمجية الخاصة بمؤسستك، باستخدام Self Client من Zoho: دون عنوان إعادة توجيه، وبرمز يُنشأ في Zoho API console.
label-catalyst-project = اسم المشروع
catalyst-project =
    .placeholder = LeadManager
hint-catalyst-project = كما يظهر في وحدة تحكم Catalyst. في عنوان التطبيق تُحذف المسافات وتُحوَّل الأحرف الكبيرة إلى صغيرة.
label-catalyst-org = معرّف المؤسسة (Org ID)
catalyst-org =
    .placeholder = 60012345678 أو عنوان وحدة التحكم
hint-catalyst-org = الرقم الذي يلي <code>/baas/</code> في عنوان وحدة تحكم Catalyst. يمكنك لصق العنوان كاملًا.
label-catalyst-environment = البيئة
catalyst-environment-option = التطوير (Development)
catalyst-environment-option-2 = الإنتاج (Production)، لم يؤكد Zoho عنوانه
label-catalyst-function = اسم الدالة (function)
function-picks =
    .aria-label = أسماء الدوال في إصدارات البرنامج التعليمي
label-catalyst-serve-port = منفذ التشغيل المحلي (serve)
hint-catalyst-serve-port = المنفذ الذي يعمل عليه <code>catalyst serve</code>.
label-hotglue-homepage = عنوان الصفحة الرئيسية (Homepage URL)
hint-hotglue-homepage = موقع شركتك على الويب. يُضيف التطبيق تلقائيًا عنوان إعادة التوجيه الخاص بـ hotglue: <code>https://hotglue.xyz/callback</code>.
label-custom-homepage = عنوان الصفحة الرئيسية (Homepage URL)
label-custom-redirect-uris = عناوين إعادة التوجيه
hint-custom-redirect-uris = عنوان واحد في كل سطر، تمامًا كما يرسلها التكامل: https، أو http لـ localhost فقط.
fields-self-client-p = يُنشئ Zoho عميل Self Client من أجلك: لا يوجد ما يُسجَّل. بعد ذلك تُنشئ وحدة التحكم رمزًا للأذونات (scopes) التي تختارها، ويستبدله هذا التطبيق بالرموز المميّزة.
label-client-name = اسم العميل
hint-client-name = الاسم الذي ستراه في Zoho API console. يُسمح بالأحرف والأرقام والمسافات والرمزين _ و& فقط.
step1-advanced-summary = للمطورين: عنوان إعادة التوجيه الخاص بهذا التطبيق
loopback-explain = تعرض الخطوة 2 أيضًا العنوان <code data-l10n-name="loopback-preview"></code> لتسجيله: يعيد Zoho المتصفح إليه بعد تسجيل الدخول من هذا الكمبيوتر، ليحصل هذا التطبيق على الرموز المميّزة ويتحقق من العميل. يحتاج Zoho إلى رقم المنفذ بالضبط، وإلى <code>localhost</code> بدلًا من 127.0.0.1. لا تغيّر المنفذ إلا إذا كان برنامج آخر يستخدمه.
label-loopback-port = منفذ هذا التطبيق
request-options-legend = الطلب
label-request-name = اسم الاتصال
label-request-from = مَن يطلب
request-from =
    .placeholder = Acme Integrations
hint-request-from = اسم شركتك أو اسمك، كما سيراه المسؤول: أحرف وأرقام ومسافات وعلامات ترقيم بسيطة.
label-request-expires = تنتهي الصلاحية بعد
request-expires-option = يوم واحد
request-expires-option-2 = 3 أيام
request-expires-option-3 = 7 أيام
request-expires-option-4 = 14 يومًا
request-expires-option-5 = 30 يومًا
request-options-label = <input data-l10n-name="request-dc-open"> السماح للزبون باختيار مركز البيانات (عندما لا تعرف أين يوجد حساب Zoho الخاص به)
request-options-label-2 = <input data-l10n-name="request-refresh"> يسجّل المسؤول الدخول أيضًا، فيحمل الرد رمز تحديث (للنصوص البرمجية التي تستدعي واجهات API في Zoho)
label-request-scopes = أسماء الأذونات (scopes) مفصولة بفواصل
cancel-request-form = إلغاء
next = التالي: التسجيل في Zoho
make-request = إنشاء الطلب

## step-2

step-2-title = سجّل العميل في Zoho
step-2-p = أنشئ عميلًا في Zoho API console لمركز البيانات <strong data-l10n-name="s2-dc"></strong>، وأدخل هذه القيم بالضبط.
step-2-div = <strong>قد لا يعرض Zoho قيمة Client Secret إلا مرة واحدة.</strong> قبل أن تنقر على <b>Create</b> (إنشاء) في Zoho، انقر هنا على «<b>التالي: حفظ Client Secret</b>»، لتكون جاهزًا للصق السر لحظة ظهوره في Zoho. وإذا فُقد، فيجب إعادة إنشائه في Zoho API console.
open-console = فتح Zoho API Console
step-2-li = انقر على «<b>فتح Zoho API Console</b>» أعلاه، وسجّل الدخول.
step-2-li-2 = انقر على <b>Get Started</b> (البدء)، أو على <b>Add Client</b> (إضافة عميل) إذا كان لديك عملاء من قبل.
step-2-li-3 = اختر <b>Server-based Applications</b> (التطبيقات التي تعمل على خادم).
step-2-li-4 = املأ <b>Client Name</b> (اسم العميل) و<b>Homepage URL</b> (عنوان الصفحة الرئيسية) وكل <b>Authorized Redirect URI</b> (عنوان إعادة التوجيه المعتمد) باستخدام أزرار «نسخ» (أضف في Zoho سطرًا لكل عنوان). يقارن Zoho العناوين حرفًا بحرف.
step-2-li-5 = قبل أن تنقر على <b>Create</b> (إنشاء) في Zoho، انقر هنا على «<b>التالي: حفظ Client Secret</b>»، ليكون حقلا القيمتين جاهزين.
step-2-li-6 = انقر على <b>Create</b> (إنشاء) في Zoho. سيعرض Zoho قيمتي <b>Client ID</b> و<b>Client Secret</b>: انسخ كلًّا منهما والصقه في هذا التطبيق فورًا.
back = رجوع
next-2 = التالي: حفظ Client Secret

## step-2-self

self-title = إنشاء رمز في Self Client
step-2-self-p = في Zoho API console لمركز البيانات <strong data-l10n-name="self-dc"></strong>، يُنشئ Self Client رمزًا يستبدله هذا التطبيق بالرموز المميّزة. لا يبقى الرمز صالحًا إلا بضع دقائق: اجعل هذه النافذة جاهزة.
self-open-console = فتح Zoho API Console
step-2-self-li = اختر <b>Self Client</b>؛ وفي المرة الأولى انقر على <b>Create Now</b> (إنشاء الآن)، ثم على <b>OK</b> (موافق).
step-2-self-li-2 = في تبويب <b>Generate Code</b> (إنشاء رمز)، الصق أسماء الأذونات (scopes) الظاهرة أدناه، واختر <b>10 minutes</b> (10 دقائق) في حقل المدة، واكتب وصفًا (مثل «zcw»).
step-2-self-li-3 = انقر على <b>Create</b> (إنشاء)، واختر مؤسستك إذا طُلب منك ذلك، ثم انقر على <b>DOWNLOAD</b> (تنزيل): فيُحفظ الملف <code>self_client.json</code>.
step-2-self-li-4 = عُد إلى هنا خلال تلك الدقائق العشر، وانقر على «<b>اختيار ملف self_client.json الذي نزّلته</b>».
label-self-scopes = أسماء الأذونات (scopes)
self-scopes-copy = نسخ
label-self-name = اسم الاتصال
self-choose-file = اختيار ملف self_client.json الذي نزّلته…
self-paste-summary = لا يوجد ملف؟ الصق الرمز وClient ID وClient Secret كما تعرضها وحدة التحكم
label-self-code = الرمز
label-self-client-id = Client ID
label-self-client-secret = Client Secret
self-paste-button = إظهار
    .aria-label = إظهار Client Secret
self-import-values = استخدام هذه القيم
self-delete-file = حذف الملف الآن
self-handover = التالي: التسليم
self-finish = الانتقال إلى الاتصالات
self-back = رجوع

## step-3

step-3-title = حفظ Client ID وClient Secret
step-3-p = انسخ القيمتين من Zoho API console والصقهما هنا. يُحفظ السر مباشرة في <strong data-l10n-name="s3-store"></strong>: لا يُكتب أبدًا في ملف كنص عادي، ولن تعرضه هذه النافذة مرة أخرى.
s3-reconnect = لم يعد هذا الاتصال موجودًا على هذا الكمبيوتر، لذا يلزم Client Secret الخاص به مرة أخرى. قيمة Client ID هي التي يذكرها الطلب ولا يمكن تغييرها: في Zoho API console، افتح ذلك العميل وانسخ Client Secret الخاص به (أو أعد إنشاءه: وعندها يحمل الرد السر الجديد).
s3-fingerprint-field-span = قرأ عليّ مرسِل الطلب هذه البصمة، وهي مطابقة: <strong data-l10n-name="s3-fingerprint"></strong>
label-client-id = Client ID
label-client-secret = Client Secret
step-3-button = إظهار
    .aria-label = إظهار Client Secret
label-connection-name = اسم الاتصال
hint-connection-name = الاسم الذي يظهر به هذا الاتصال في القائمة وفي سلسلة المفاتيح. يُسمح فقط بالأحرف والأرقام والمسافات والشرطة السفلية (_) والنقطة (.) والشرطة (-).
store-error-p = لا يزال السر في الحقل أعلاه؛ لم يُفقد شيء.
offer-file-store = استخدام الملف المشفّر بدلًا من ذلك
s3-file-store-explain = اختر عبارة مرور للملف المشفّر (8 أحرف على الأقل؛ وتصلح لذلك بضع كلمات لا رابط بينها). لا يمكن قراءة الأسرار في الملف من دونها، فاحفظها في مكان آمن.
label-s3-new-passphrase = عبارة المرور
label-s3-new-passphrase-again = عبارة المرور مرة أخرى
s3-use-file-store = استخدام الملف المشفّر والحفظ
saved-why-sign-in = الخطوة التالية: سجّل الدخول إلى Zoho مرة واحدة من هذا الكمبيوتر، ليتمكن هذا التطبيق من استخدام الاتصال والتحقق من أن العميل يعمل.
saved-why-hand-over = يسجّل التكامل الدخول إلى Zoho بنفسه: الخطوة التالية هي تسليمه Client ID وClient Secret. ولا حاجة إلى تسجيل الدخول من هذا الكمبيوتر أيضًا، إذ لا يحتفظ Zoho إلا بـ 20 تسجيل دخول لكل شخص في العميل الواحد.
saved-why-send = الخطوة التالية: أرسل الرد إلى الشخص الذي طلبه.
saved-connect = التالي: تسجيل الدخول إلى Zoho
saved-handover = التسليم دون تسجيل الدخول
saved-done = لاحقًا: الانتقال إلى الاتصالات
saved-summary = للمطورين
saved-p = تحصل النصوص البرمجية على هذا الكمبيوتر على رمز وصول بالأمر <code data-l10n-name="code0"></code>، ويعرض الأمر <code>zcw show</code> الاتصال.
back-3 = رجوع
save-secret = حفظ بأمان

## step-4

step-4-title = تسجيل الدخول إلى Zoho للاتصال «<span data-l10n-name="s4-name"></span>»
step-4-p = تسجّل الدخول إلى Zoho في متصفحك، وتنقر على <b>Accept</b> (قبول). بعدها يعيد Zoho متصفحك إلى هذا التطبيق، ويُحفظ تسجيل الدخول في <strong data-l10n-name="s4-store"></strong>.
s4-reconnect = <strong>هذا الاتصال مسجَّل الدخول بالفعل.</strong> لا بأس بإعادة تسجيل الدخول، لكن Zoho لا يحتفظ إلا بآخر 20 تسجيل دخول لكل شخص في العميل الواحد، ويحذف الأقدم دون تنبيه، فقد يتوقف عن العمل أي كمبيوتر أو خادم لا يزال يستخدم تسجيل دخول قديمًا جدًّا.
s4-scopes-field-legend = ما الذي يُسمح لهذا الاتصال بفعله في Zoho؟
s4-scopes-hint = حدّد ما تحتاجه النصوص البرمجية التي تستخدمه. يعرض Zoho القائمة نفسها عند تسجيل الدخول ويطلب منك قبولها. ويظهر مع كل إذن اسمُه لدى Zoho (scope) بخط صغير.
s4-scopes-field-span = معرفة حساب Zoho الذي سجّل الدخول
s4-advanced-summary = خيارات متقدمة
label-s4-extra = أذونات أخرى (أسماء scopes في Zoho، مفصولة بفواصل)
s4-advanced-label = <input data-l10n-name="s4-pkce"> حماية تسجيل الدخول بـ PKCE (لا توقف هذا الخيار إلا إذا رفض Zoho تسجيل الدخول لهذا العميل).
s4-waiting-strong = في انتظار تسجيل دخولك إلى Zoho في المتصفح…
s4-waiting-p = عندما تنقر على <b>Accept</b> (قبول) هناك، تتابع هذه النافذة تلقائيًا.
s4-waiting-p-2 = لم يُفتح المتصفح؟ انسخ عنوان تسجيل الدخول إلى متصفحك: <span data-l10n-name="s4-url-copy"></span>
s4-show-causes = لا يحدث شيء؟
s4-help-p = <strong>لا يحدث شيء، أو ظهر خطأ في المتصفح؟</strong> الأسباب المحتملة، من الأرجح إلى الأقل:
s4-paste-explain = العنوان الكامل من شريط العناوين في المتصفح، وهو يبدأ بـ <code data-l10n-name="s4-redirect-2"></code>:
label-s4-pasted = العنوان الذي انتهى إليه المتصفح
s4-use-pasted = استخدام هذا العنوان
s4-help-p-2 = عنوان إعادة التوجيه المطلوب تسجيله: <code data-l10n-name="s4-redirect-3"></code><span data-l10n-name="s4-redirect-copy"></span>
s4-help-summary = التفاصيل
s4-help-p-3 = عنوان تسجيل الدخول: <code data-l10n-name="s4-url"></code>
s4-cancel = إلغاء
s4-confirm-p = <strong>سُجِّل الدخول بحساب Zoho آخر.</strong> كان هذا الاتصال مسجَّل الدخول باسم <strong data-l10n-name="strong0"></strong>؛ أما هذه المرة فقد سُجِّل الدخول باسم <strong data-l10n-name="strong1"></strong>.
s4-confirm-p-2 = التبديل يعني أن النصوص البرمجية التي تستخدم هذا الاتصال ستعمل باسم الحساب الجديد من الآن فصاعدًا. أما الإبقاء على الحساب السابق فيُلغي تسجيل الدخول الجديد لدى Zoho، ويترك الاتصال كما كان.
s4-keep = التبديل إلى <bdi data-l10n-name="s4-keep-account"></bdi>
s4-discard = الإبقاء على <bdi data-l10n-name="s4-discard-account"></bdi>
s4-done-summary = للمطورين
s4-done-p = تحصل النصوص البرمجية على هذا الكمبيوتر على رمز وصول جديد بالأمر <code data-l10n-name="code0"></code>.
s4-handover = التالي: التسليم
s4-finish = الانتقال إلى الاتصالات
back-4 = رجوع
s4-connect = تسجيل الدخول إلى Zoho

## step-5

label-s5-clear = مسح السر المنسوخ من الحافظة بعد
s5-clear-option = 10 ثوانٍ
s5-clear-option-2 = 30 ثانية
s5-clear-option-3 = دقيقة واحدة
s5-clear-option-4 = دقيقتين
s5-clear-option-5 = أبدًا (حتى يُنسخ شيء آخر)
s5-clear-hint = يُمسح فقط إذا كانت الحافظة لا تزال تحتوي عليه، ويُمسح دائمًا عند إغلاق هذا التطبيق. وتُوسَم الأسرار المنسوخة بحيث لا تحتفظ بها برامج سجل الحافظة.
back-5 = رجوع
s5-done = تم: الانتقال إلى الاتصالات

## step-5-reply

reply-title = إرسال الرد
step-5-reply-dt = مقدّم الطلب
step-5-reply-dt-2 = البصمة
step-5-reply-p = احفظه كملف وأرفقه برسالة بريد إلكتروني، أو انسخه كنص والصقه في الرسالة. لا يغادر هذا الكمبيوتر أي شيء آخر.
save-reply = حفظ الرد كملف…
copy-reply = نسخ الرد كنص
reply-code-box-p = رمز الرد <strong data-l10n-name="reply-code"></strong>
reply-code-box-p-2 = إذا اتصل بك صاحب الطلب للتحقق، فاقرأ عليه هذا الرمز: يعرض تطبيقه الرمز نفسه عند استيراد الرد.
reply-after-legend = وماذا عن هذا الاتصال على الكمبيوتر لديك؟
reply-after-p = احتفظ به إذا كنت قد ترغب لاحقًا في قطع اتصاله أو استبدال سره. إزالته تحذف Client Secret الخاص به وتسجيل الدخول من هذا الكمبيوتر فقط: يظل الرد الذي أنشأته صالحًا، ويبقى العميل مسجَّلًا في Zoho.
reply-keep = الإبقاء عليه على هذا الكمبيوتر
reply-remove = إزالته من هذا الكمبيوتر

# كلمات تركّبها الشاشات أثناء العمل

## الإطار: شريط الخطوات، وقائمة اللغة، وكلمات مشتركة

dc-label = { $id } · { $region } ({ $domain })
details = التفاصيل
language-label = اللغة
check-updates = التحقق من التحديثات
update-title = التحديثات
update-looking = جارٍ البحث عن إصدار جديد…
update-newest = لديك أحدث إصدار: { $running }.
update-available = يتوفر الإصدار { $version } من Zoho Credential Wizard. ولديك الإصدار { $running }.
update-notes-label = ما الجديد، بحسب ملاحظات الإصدار:
update-no-notes = لا توجد ملاحظات لهذا الإصدار.
install-update = التثبيت وإعادة التشغيل
dismiss-update = ليس الآن
update-installing = جارٍ تنزيل التحديث والتحقق من توقيعه الرقمي… يُعاد تشغيل التطبيق بعد تثبيته.
# $manager: apt (حزمة .deb) أو dnf (حزمة .rpm).
update-package = { $manager ->
        [apt] ثُبّت التطبيق من حزمة ⁨.deb⁩، لذا يثبّت مدير الحزم الإصدار الجديد. نفّذ في الطرفية (Terminal):
       *[dnf] ثُبّت التطبيق من حزمة ⁨.rpm⁩، لذا يثبّت مدير الحزم الإصدار الجديد. نفّذ في الطرفية (Terminal):
    }
update-package-repository = إذا لم يعثر مدير الحزم على الإصدار الجديد، فأضف مستودع التطبيق مرة واحدة (يشرح README كيفية ذلك)، أو نزّل الحزمة الجديدة من صفحة إصدارات المشروع.
auto-updates = البحث عن إصدار جديد مرة واحدة يوميًّا، عند بدء تشغيل التطبيق
close-updates = إغلاق
language-system = لغة الكمبيوتر
stepper-integration = التكامل
stepper-register = التسجيل في Zoho
stepper-code = رمز من Zoho
stepper-secret = Client Secret
stepper-sign-in = تسجيل الدخول
stepper-hand-over = التسليم
stepper-reply = إرسال الرد
stepper-done = (تم)
# قائمة القيم في رسالة الخطأ حين تكون فارغة (إذا لم يُمنح أي إذن، مثلًا).
none-on-record = لا شيء مسجَّل
removed-connection = أُزيل «{ $name }» وأسراره.
copy = نسخ
# تسمية القيمة التي ينسخها زر «نسخ»، لقارئات الشاشة.
copy-label = نسخ { $label }
copied = ✓ تم النسخ
# The copy keys off a Mac (on a Mac the app says ⌘C).
copy-keys = Ctrl+C
copy-by-hand = حدّد النص واضغط { $keys }
copied-kept = تم نسخ { $label }. يبقى في الحافظة حتى يُنسخ شيء آخر.
copied-clears = تم نسخ { $label }. تُمسح الحافظة بعد { $left } ث.
copied-cleared = { $label }: مُسحت الحافظة (إن كانت لا تزال تحتوي عليه).
secret-kept-in = •••••••• محفوظ في { $store } بأمان
snippet-code = شيفرة { $edition }

## فحص هذا الكمبيوتر

check-fine = { $check }: سليم
check-attention = { $check }: يحتاج إلى انتباه
check-fix = ما يجب فعله: { $fix }
checking = جارٍ الفحص… (عشر ثوانٍ على الأكثر)
checks-attention = { $problems ->
        [zero] لا يوجد بند يحتاج إلى انتباه.
        [one] بند واحد يحتاج إلى انتباه.
        [two] بندان يحتاجان إلى انتباه.
        [few] { $problems } بنود تحتاج إلى انتباه.
        [many] { $problems } بندًا تحتاج إلى انتباه.
       *[other] { $problems } بند تحتاج إلى انتباه.
    }
checks-fine = كل ما يحتاجه هذا التطبيق متوفر.

## رسالة البريد الإلكتروني المرافقة للطلب (نص عادي: حافظ على فواصل الأسطر)

email-new =
    مرحبًا،

    يطلب منك { $from } إنشاء عميل Zoho API من أجل «{ $name }» في حساب Zoho الخاص بشركتك. لا يستطيع ذلك إلا مسؤول Zoho؛ ويستغرق نحو خمس دقائق، ولا تُرسل أي كلمة مرور أو أي سر بالبريد الإلكتروني.

    1. ثبّت Zoho Credential Wizard (مجاني): { $downloads }
    2. افتح به الملف المرفق { $file }. لا يوجد مرفق؟ في التطبيق، انقر على «فتح طلب وصلك» والصق الرابط الموجود في آخر هذه الرسالة.
    3. سنتصل بك على رقم تعرفه من قبل ونقرأ عليك بصمة الطلب. لا تتابع إلا إذا طابقت البصمة التي يعرضها التطبيق؛ وإذا اختلفت، فتوقف: فقد تغيّر الطلب في الطريق.
    4. اتبع خطوات التطبيق. في النهاية يُنشئ التطبيق ردًّا: أرفقه عند الرد على هذه الرسالة.

    تنتهي صلاحية الطلب في { $expires }.

    رابط الطلب (للخطوة 2، فقط إذا لم يصلك المرفق):
    { $link }
email-reconnect =
    مرحبًا،

    يطلب منك { $from } تسجيل الدخول إلى Zoho مرة أخرى للاتصال «{ $name }»، ليستمر في العمل. لن يُنشأ أي شيء جديد، ولا تُرسل أي كلمة مرور أو أي سر بالبريد الإلكتروني.

    1. ثبّت Zoho Credential Wizard (مجاني): { $downloads }
    2. افتح به الملف المرفق { $file }. لا يوجد مرفق؟ في التطبيق، انقر على «فتح طلب وصلك» والصق الرابط الموجود في آخر هذه الرسالة.
    3. سنتصل بك على رقم تعرفه من قبل ونقرأ عليك بصمة الطلب. لا تتابع إلا إذا طابقت البصمة التي يعرضها التطبيق؛ وإذا اختلفت، فتوقف: فقد تغيّر الطلب في الطريق.
    4. اتبع خطوات التطبيق. في النهاية يُنشئ التطبيق ردًّا: أرفقه عند الرد على هذه الرسالة.

    تنتهي صلاحية الطلب في { $expires }.

    رابط الطلب (للخطوة 2، فقط إذا لم يصلك المرفق):
    { $link }

## الأذونات بكلمات بسيطة (الخطوة 4)؛ ويظهر اسم الإذن لدى Zoho (scope) بجانب كل منها

scope-crm-modules = قراءة السجلات وتغييرها (العملاء المحتملون، جهات الاتصال، الصفقات…)
scope-crm-settings = قراءة الإعدادات وتغييرها (الحقول، التخطيطات)
scope-crm-users = قراءة المستخدمين وإدارتهم
scope-crm-org = قراءة تفاصيل المؤسسة وتغييرها
scope-crm-coql = البحث في السجلات باستعلامات (COQL)
scope-books = كل شيء في Books
scope-inventory = كل شيء في Inventory
scope-desk-tickets = قراءة التذاكر وتغييرها
scope-desk-basic = قراءة الأقسام ووكلاء الدعم
scope-analytics = قراءة البيانات وتغييرها
scope-creator-reports = قراءة التقارير
scope-creator-forms = إضافة سجلات عبر النماذج

## أزرار مشتركة، وأسماء الحقول في Zoho API console نفسها (أبقِ تسمية Zoho كما تظهر في وحدة التحكم)

show = إظهار
hide = إخفاء
console-opened = فُتح { $url } في متصفحك.
console-opened-copy = فُتح { $url } في متصفحك. لم يُفتح شيء؟ انسخ العنوان إلى متصفحك:
console-address = عنوان وحدة التحكم
zoho-client-type = Client type
zoho-client-name = Client Name
zoho-homepage = Homepage URL
zoho-redirect-uri = Authorized Redirect URI
zoho-redirect-uri-numbered = Authorized Redirect URI { $number }

## Self Client

self-saved = حُفظ «{ $name }» · { $dc } · السر والرموز المميّزة في { $store } · ••••{ $last4 }
self-file-warning = تحذير: لا يزال الملف الذي نزّلته { $file } يحتوي على Client Secret كنص عادي، ويستطيع قراءته أي شخص لديه وصول إلى هذا الكمبيوتر. احذفه الآن، ما لم تكن تحتاج إليه في مكان آخر.
self-no-file = لم يُحفظ أي شيء في ملف. إذا كانت وحدة التحكم قد نزّلت أيضًا ملف self_client.json، فاحذفه: فهو يحتوي على السر دون تشفير.
self-file-deleted = حُذف { $path }.
copy-scopes-by-hand = حدّد أسماء الأذونات (scopes) واضغط { $keys }

## الاستدعاء الاختباري بعد تسجيل الدخول أو الاستيراد

test-call-running = جارٍ اختبار الاتصال باستدعاء واحد إلى Zoho…
test-call-reached = تم الاختبار: متصل بـ { $reached }.
test-call-tokens = تم الاختبار: يمنحه Zoho رموزًا مميّزة صالحة (أذوناته لا تسمح باستدعاء اختباري).
test-call-failed = لم ينجح الاستدعاء الاختباري: { $problem }

## أماكن حفظ الأسرار، والتكاملات

store-in-keychain = سلسلة مفاتيح هذا الكمبيوتر
store-in-encrypted-file = الملف المشفّر
store-in-vault = مخزن الفريق (OpenBao/Vault)
store-label-keychain = سلسلة المفاتيح
store-label-encrypted-file = ملف مشفّر
store-label-vault = مخزن الفريق
template-catalyst = تطبيق Catalyst
template-hotglue = Hotglue / Optiply
template-custom = مخصّص
template-self-client = Self Client

## شاشة الاتصالات

verdict-working = يعمل
verdict-unreachable = لم يُفحص: تعذّر الوصول إلى Zoho
verdict-rate_limited = لم يُفحص: يطلب Zoho الانتظار (حد الاستدعاءات)
verdict-failed = فشل الفحص
verdict-scope_missing = ينقصه إذن
verdict-needs_sign_in = يحتاج إلى تسجيل دخول جديد
verdict-client_rejected = لم يعد Zoho يقبل سره
action-sign-in-again = إعادة تسجيل الدخول
action-ask-customer = طلب إعادة الاتصال من الزبون
action-replace-secret = استبدال السر
# تسمية زر لقارئات الشاشة: الإجراء، ثم الاتصال الذي يخصه.
action-for = { $action }: { $name }
status-connected-renews = متصل · يتجدد تلقائيًّا
status-connected = متصل
status-secret-saved = السر محفوظ
open-connection = فتح { $name }
store-now-keychain = تُحفظ الأسرار الجديدة الآن في سلسلة مفاتيح هذا الكمبيوتر.
store-now-encrypted-file = تُحفظ الأسرار الجديدة الآن في الملف المشفّر.
store-now-team = تم الوصول إلى مخزن الفريق على { $address } باستخدام { $token }؛ وهو { $count ->
        [zero] لا يحتوي على أي اتصال بعد
        [one] يحتوي على اتصال واحد
        [two] يحتوي على اتصالين
        [few] يحتوي على { $count } اتصالات
        [many] يحتوي على { $count } اتصالًا
       *[other] يحتوي على { $count } اتصال
    }. تُحفظ الاتصالات الجديدة وأسرارها فيه الآن.
token-entered = الرمز المميّز (token) الذي أدخلته
token-variable = الرمز المميّز (token) الموجود في { $name }
token-token-file = الرمز المميّز (token) الموجود في الملف { $path }
token-app-role = تسجيل دخول عبر AppRole
damaged-question = هل تريد حذف السجل «{ $name }» من مخزن الفريق، مع Client Secret الخاص به ورموزه المميّزة، لكل كمبيوتر يستخدم مخزن الفريق؟ لن يتغير شيء آخر؛ وأضف الاتصال مرة أخرى بعد ذلك.
damaged-delete = حذف السجل التالف
damaged-offer = حذف السجل التالف…
cancel = إلغاء
try-again = إعادة المحاولة

## الخطوة 1 والخطوة 3

still-needed = لا يزال مطلوبًا: { $fields }.
# الفاصل بين أسماء الحقول التي لا تزال مطلوبة.
list-separator = {"، "}
correct-fields = صحّح الحقول المحددة باللون الأحمر للمتابعة.
org-id-taken = ✓ أُخذ معرّف المؤسسة { $org } من العنوان.
field-dc = مركز البيانات
field-template = التكامل
field-client-name = اسم العميل
field-loopback-port = منفذ هذا التطبيق
field-catalyst-project = اسم المشروع
field-catalyst-org = معرّف المؤسسة
field-catalyst-environment = البيئة
field-catalyst-function = اسم الدالة
field-catalyst-serve-port = منفذ التشغيل المحلي
field-hotglue-homepage = عنوان الصفحة الرئيسية
field-custom-homepage = عنوان الصفحة الرئيسية
field-custom-redirect-uris = عناوين إعادة التوجيه
field-connection-name = اسم الاتصال
field-client-id = Client ID
field-client-secret = Client Secret
field-passphrase = عبارة المرور
field-pasted-address = العنوان الملصق
field-team-address = عنوان مخزن الفريق
field-team-mount = نقطة تركيب KV
field-team-prefix = البادئة
field-team-role-id = معرّف الدور في AppRole
field-request-from = مَن يطلب
field-request-expires = مدة الصلاحية
next-sign-in-to-zoho = التالي: تسجيل الدخول إلى Zoho
also-sign-in-here = تسجيل الدخول من هذا الكمبيوتر أيضًا
skip-to-hand-over = التسليم دون تسجيل الدخول
next-hand-over = التالي: التسليم
next-send-reply = التالي: إرسال الرد
skip-to-send-reply = إرسال الرد دون تسجيل الدخول
saving = جارٍ الحفظ…
saved-in = محفوظ في { $store } · ••••{ $last4 }
saved-placeholder = ✓ تم الحفظ

## الخطوة 4: تسجيل الدخول

choose-a-permission = اختر شيئًا واحدًا على الأقل يُسمح للاتصال بفعله.
# العدّ التنازلي أثناء انتظار التطبيق لتسجيل الدخول: { $time } بالدقائق:الثواني.
time-left = الوقت المتبقي: { $time }
redirect-uri = عنوان إعادة التوجيه
sign-in-address = عنوان تسجيل الدخول
copy-sign-in-address = نسخ عنوان تسجيل الدخول
browser-did-not-open = لم يُفتح المتصفح ({ $reason }).
pkce-off = أُوقف PKCE لتسجيل الدخول هذا فقط. اتركه مفعّلًا ما لم يرفض Zoho تسجيل الدخول به.

## تفاصيل الاتصال

disconnect-question = هل تريد قطع اتصال «{ $name }»؟ سيُلغى تسجيل دخوله (يُبطَل) لدى Zoho ويُحذف هنا، فيتوقف عن العمل كل نص برمجي وخادم يستخدم هذا الاتصال. يبقى Client Secret، لذا يمكنك تسجيل الدخول مرة أخرى لاحقًا.
remove-question = هل تريد إزالة «{ $name }»؟ سيُحذف Client Secret الخاص به ورموزه المميّزة من { $store }، ويختفي الاتصال من هذه القائمة. يبقى العميل مسجَّلًا في Zoho: احذفه في Zoho API console إذا لم تعد بحاجة إليه.
remove-question-signed-in = هل تريد إزالة «{ $name }»؟ سيُبطَل تسجيل دخوله لدى Zoho أولًا، ثم يُحذف Client Secret الخاص به ورموزه المميّزة من { $store }، ويختفي الاتصال من هذه القائمة. يبقى العميل مسجَّلًا في Zoho: احذفه في Zoho API console إذا لم تعد بحاجة إليه.
new-secret-saved = ✓ حُفظ السر الجديد في { $store } · ••••{ $last4 }
renamed = ✓ أُعيدت التسمية إلى { $name }.
sign-in-to-zoho = تسجيل الدخول إلى Zoho
fact-dc = مركز البيانات
fact-client-id = Client ID
fact-integration = التكامل
fact-secret-in = مكان حفظ السر
fact-signed-in-as = مسجَّل الدخول باسم
no-profile-scope = (لم يُمنح الإذن profile)
fact-api-domain = نطاق API
fact-access-until = رمز الوصول صالح حتى
fact-created = تاريخ الإنشاء
fact-updated = تاريخ التحديث

## العمل مع زبون: الطلبات والردود

cancel-request = إلغاء الطلب { $name }
request-form-title = ما الذي يجب أن يُنشئه زبونك؟
reconnect-request-made = طلب إعادة الاتصال جاهز للإرسال
email-text = نص الرسالة
copy-email-text = نسخ نص الرسالة
default-scopes = الأذونات الافتراضية
reply-holds = يحتوي الرد على Client ID وClient Secret الخاصين بهذا الاتصال، مشفّرين بحيث لا يفتحهما إلا المفتاح الموجود في هذا الطلب.
reply-holds-sign-in = يحتوي الرد على Client ID وClient Secret الخاصين بهذا الاتصال وعلى تسجيل دخوله، مشفّرة بحيث لا يفتحها إلا المفتاح الموجود في هذا الطلب.
reply-saved = ✓ حُفظ في { $path }. أرفقه عند الرد على الرسالة التي وصل معها الطلب.
reply-copied = ✓ تم النسخ. الصقه عند الرد على الرسالة التي وصل معها الطلب.
fingerprint-unknown = غير معروفة (فُتح الطلب بإصدار سابق)
replaces-sign-in-of = يحل تسجيل دخوله الجديد محل تسجيل دخول { $account } المحفوظ هنا
replaces-sign-in = يحل تسجيل دخوله الجديد محل تسجيل الدخول المحفوظ هنا
account-confirmed = (أكّده Zoho بتسجيل الدخول الذي يحمله الرد)
account-as-reply-says = (كما يذكر الرد: لم يستطع Zoho تأكيده، فقارنه بما أخبرك به زبونك)
account-not-known = غير معروف
account-none = لا يوجد
account-no-profile = (لم يتضمن تسجيل الدخول الإذن profile)
account-no-sign-in = (لا يحمل الرد تسجيل دخول: العميل فقط)
confirm-account-and-client = هذا حساب Zoho والعميل الخاصان بزبوني
confirm-client = هذا عميل Zoho الخاص بزبوني
reply-late = وصل هذا الرد بعد انتهاء صلاحية طلبه ({ $late }). كان بإمكان أي شخص رأى الطلب أن يرد عليه: لا تستورده إلا إذا كنت تتوقع هذا الرد من زبونك.
earlier-revoked = أُبطل تسجيل الدخول السابق لدى Zoho.
earlier-gone = لم يعد تسجيل الدخول السابق يعمل لدى Zoho.
earlier-not-revoked = تعذّر إبطال تسجيل الدخول السابق الآن (تعذّر الوصول إلى Zoho): يستطيع مسؤول Zoho لدى زبونك إزالته من حساب Zoho الخاص به في Connected apps (التطبيقات المتصلة).
reconnected = أُعيد اتصال «{ $name }»: حل تسجيل الدخول الجديد محل السابق.
secret-regenerated = أُعيد إنشاء Client Secret الخاص به: حل السر الجديد محل القديم في { $store } · ••••{ $last4 }.
imported = استُورد «{ $name }» · { $dc } · السر محفوظ في { $store } · ••••{ $last4 }
request-saved = ✓ حُفظ في { $path }.
link-copied = ✓ تم نسخ الرابط. الصقه في رسالتك.
removed-here = أُزيل «{ $name }» من هذا الكمبيوتر.

## لماذا قد لا يعود تسجيل الدخول (شاشة الانتظار في الخطوة 4)

cause-redirect-uri = عنوان إعادة التوجيه المسجَّل في Zoho API console ليس { $uri } بالضبط (المنفذ نفسه، ودون شرطة مائلة في آخره، وlocalhost بدلًا من 127.0.0.1). عندها يعرض Zoho في المتصفح «Invalid Redirect Uri» بدلًا من العودة. أضفه إلى العميل في وحدة التحكم.
cause-other-data-centre = العميل مسجَّل في وحدة تحكم مركز بيانات آخر غير { $console }. تحقّق من أن وحدة التحكم التي استخدمتها تطابق مركز البيانات الذي اخترته.
cause-other-computer = المتصفح على كمبيوتر آخر، أو لا يستطيع الوصول إلى هذا الكمبيوتر. انسخ العنوان الذي انتهى إليه المتصفح بعد Accept (قبول) والصقه هنا.
cause-start-again = ابدأ تسجيل الدخول من جديد، وأكمله في المتصفح.
connected-summary = متصل باسم { $account } · { $dc } · { $scopes }
your-zoho-account = حساب Zoho الخاص بك
dc-changed = أجاب Zoho من مركز البيانات { $to }، لا من { $from }؛ ويستخدم الاتصال الآن { $to }.

## ملاحظات وتحذيرات بجانب النتيجة

note-client-id-shape = لا تبدو هذه القيمة Client ID من Zoho (يكون عادةً 1000. يليه 30 حرفًا كبيرًا ورقمًا). تحقّق من أنك نسخت Client ID كاملًا.
note-client-secret-shape = لا تبدو هذه القيمة Client Secret من Zoho (يكون عادةً 42 حرفًا صغيرًا ورقمًا). تحقّق من أنك نسخته كاملًا.
note-console-unconfirmed = لم يؤكد Zoho عنوان وحدة التحكم { $console } لمركز البيانات { $dc }. إذا لم يُفتح، فسجّل الدخول في { $accounts } واختر API Console من هناك.
note-catalyst-host-assumed = لا يوثّق Zoho عنوان خادم Catalyst لمركز البيانات { $dc }، لذا يُفترض أنه { $host }. قارن نطاق التطبيق بعنوان تطبيقك في وحدة تحكم Catalyst.
note-production-unconfirmed = لم يؤكد Zoho نطاق تطبيق الإنتاج (.production.). قارنه بعنوان تطبيقك في وحدة تحكم Catalyst.

## الخطوة 5: التسليم (أسماء القيم، ثم طرق كل تكامل)

value-client-id = Client ID
value-client-secret = Client Secret
value-accounts-server = خادم الحسابات
value-api-domain = نطاق API
value-refresh-token = رمز التحديث
handover-hotglue-title = إضافة Zoho في Optiply
handover-hotglue-intro = يسجّل Optiply (عبر hotglue) الدخول إلى Zoho بنفسه: يحتاج إلى Client ID وClient Secret، لا إلى الرموز المميّزة لهذا التطبيق.
handover-way-optiply = في لوحة تحكم Optiply
handover-step-optiply-add = افتح ⁨Settings > Integrations⁩ (الإعدادات > التكاملات)، وأضف Zoho كمصدر بيانات.
handover-step-optiply-paste = الصق Client ID وClient Secret باستخدام أزرار «نسخ» هنا.
handover-step-optiply-consent = بعد ذلك يفتح Optiply بنفسه صفحة الموافقة في Zoho: انقر على Accept (قبول) هناك. ثم يعيد Zoho المتصفح إلى عنوان إعادة التوجيه الخاص بـ hotglue الذي سجّلته في الخطوة 2، وهو { $hotglue }.
handover-catalyst-title = تسليم بيانات الاعتماد إلى دالة Catalyst الخاصة بك
handover-catalyst-intro = تستبدل الدالة { $function } رموز تسجيل الدخول من Zoho بالرموز المميّزة: لذا تحتاج إلى Client ID وClient Secret. ويحفظ التطبيق رمز التحديث لكل مستخدم في جدول خاص به في Data Store.
handover-way-environment = الأكثر أمانًا: كمتغيرات بيئة للدالة
handover-step-environment-open = في وحدة تحكم Catalyst، افتح ⁨Serverless > Functions > { $function } > Configuration > Environment variables⁩.
handover-step-environment-add = أضف { $idVar } بقيمة Client ID، و{ $secretVar } بقيمة Client Secret (لبيئة Development، ولبيئة Production عند النشر).
handover-step-environment-replace = استبدل الثوابت في الشيفرة بهذين السطرين.
handover-way-constants = كثوابت في شيفرة الدالة (كما يفعل البرنامج التعليمي LeadManager)
handover-step-constants-node = إصدار Node.js: في functions/{ $function }/index.js، اضبط CLIENTID على Client ID وCLIENT_SECRET على Client Secret.
handover-step-constants-python = إصدار Python: في functions/{ $function }/main.py، اضبط CLIENT_ID وCLIENT_SECRET.
handover-step-constants-client = شيفرة الواجهة (client/main.js) لا تحتاج إلا إلى Client ID.
handover-warning-never-commit = لا ترفع أبدًا إلى مستودع عام شيفرة دالة كُتب فيها Client Secret: يستطيع كل من يقرؤها أن يتصرف باسم عميلك. وإذا حدث ذلك، فأعد إنشاء السر في Zoho API console.
handover-custom-title = استخدام الاتصال من نصوصك البرمجية
handover-custom-intro = دع zcw يعطي برنامجك رمز وصول جديدًا عند بدء تشغيله، بدلًا من نسخ الأسرار إلى إعداداته.
handover-way-command-line = من سطر الأوامر
handover-step-zcw-exec = الأمر zcw exec { $name } -- ./your-script يشغّله مع { $idVar } و{ $tokenVar } (صالح 5 دقائق على الأقل) و{ $apiVar } و{ $accountsVar } و{ $dcVar } في بيئته فقط.
handover-step-zcw-token = الأمر zcw token { $name } يطبع رمز وصول صالحًا، لاستدعاء واحد في كل مرة.
handover-step-zcw-export = الأمر zcw export { $name } --format dotenv يطبع القيم نفسها للأدوات التي تقرؤها؛ ولا يطبع الأسرار إلا عند طلبها.

## فحص هذا الكمبيوتر: اسم كل فحص، وما وجده، وما يجب فعله

doctor-check = الفحص
doctor-stopped = توقف الفحص قبل أن يكتمل.
doctor-run-again = أعد تشغيل الفحص.
doctor-keychain = سلسلة المفاتيح
doctor-keychain-ok = سلسلة مفاتيح هذا الكمبيوتر تستجيب، وقفلها مفتوح.
doctor-keychain-lost-entry = قبلت سلسلة مفاتيح هذا الكمبيوتر عنصرًا تجريبيًّا، لكنها لم تُعِده.
doctor-keychain-unavailable = سلسلة مفاتيح هذا الكمبيوتر غير متاحة ({ $reason }).
doctor-keychain-locked = سلسلة مفاتيح هذا الكمبيوتر مقفلة أو رفضت الوصول ({ $reason }).
doctor-keychain-timeout = لم تستجب سلسلة مفاتيح هذا الكمبيوتر خلال { $seconds ->
        [one] ثانية واحدة
        [two] ثانيتين
        [few] { $seconds } ثوانٍ
       *[other] { $seconds } ثانية
    }.
doctor-keychain-failed = { $reason }
doctor-keychain-restart = { $platform ->
        [windows] أعد تشغيل Windows Credential Manager (إدارة بيانات الاعتماد)، أو استخدم الملف المشفّر.
        [macos] أعد تشغيل سلسلة مفاتيح تسجيل الدخول (Keychain Access)، أو استخدم الملف المشفّر.
       *[other] أعد تشغيل برنامج حلقة المفاتيح (GNOME Keyring أو KWallet)، أو استخدم الملف المشفّر.
    }
doctor-keychain-install = { $platform ->
        [windows] شغّل Windows Credential Manager (إدارة بيانات الاعتماد)، أو استخدم الملف المشفّر.
        [macos] شغّل سلسلة مفاتيح تسجيل الدخول (Keychain Access)، أو استخدم الملف المشفّر.
       *[other] ثبّت برنامج حلقة المفاتيح (GNOME Keyring أو KWallet) وشغّله، أو استخدم الملف المشفّر.
    }
doctor-keychain-unlock = { $platform ->
        [windows] افتح قفل Windows Credential Manager (يحدث ذلك عادةً عند تسجيل الدخول إلى Windows)، ثم أعد الفحص.
        [macos] افتح قفل سلسلة مفاتيح تسجيل الدخول في Keychain Access (يحدث ذلك عادةً عند تسجيل الدخول إلى جهاز Mac)، ثم أعد الفحص.
       *[other] افتح قفل برنامج حلقة المفاتيح (GNOME Keyring أو KWallet؛ يحدث ذلك عادةً عند تسجيل الدخول إلى جلسة سطح المكتب)، ثم أعد الفحص.
    }
doctor-keychain-waiting = ربما تنتظر كلمة مرورها في نافذة: افتح قفلها، ثم أعد الفحص.
doctor-ports = منفذ تسجيل الدخول
doctor-ports-free = المنفذ { $ports } على localhost متاح لتسجيل الدخول.
doctor-ports-busy = مستخدَم: { $ports }.
doctor-ports-fix = أغلق ذلك البرنامج قبل تسجيل الدخول، أو خصّص للاتصال منفذًا آخر وسجّل له العنوان http://localhost:PORT/callback في Zoho API console.
doctor-browser = المتصفح
doctor-browser-set = يحدد $BROWSER البرنامج { $program }، وهو موجود.
doctor-browser-missing = يحدد $BROWSER البرنامج { $program }، ولا يمكن العثور عليه.
doctor-browser-fix = اضبط BROWSER على متصفح مثبّت هنا، أو احذفه لاستخدام المتصفح الافتراضي لسطح المكتب.
doctor-browser-no-xdg-open = البرنامج xdg-open، الذي يفتح متصفح سطح المكتب، غير مثبّت.
doctor-browser-install = ثبّت xdg-utils، أو اضبط BROWSER على متصفحك. ويمكنك أيضًا نسخ عنوان تسجيل الدخول يدويًّا.
doctor-browser-default = يفتح المتصفح الافتراضي لسطح المكتب العناوين.
doctor-updates = التحديثات
doctor-updates-available = يتوفر الإصدار { $newest }؛ والإصدار الحالي هو { $running }.
doctor-updates-fix = حدّث التطبيق: باستخدام مدير الحزم الذي ثبّت التطبيق (⁨sudo apt update && sudo apt upgrade⁩ أو ⁨sudo dnf upgrade⁩)، أو بزر «التحقق من التحديثات» فيه.
doctor-updates-off = هذا هو الإصدار { $running }. لا يبحث التطبيق عن إصدارات جديدة من تلقاء نفسه (أُوقف ذلك في التطبيق).
doctor-updates-current = هذا هو الإصدار { $running }، وهو أحدث إصدار وجده التطبيق في آخر مرة بحث فيها.
doctor-updates-not-yet = هذا هو الإصدار { $running }. لم يبحث التطبيق عن إصدار أحدث بعد.
doctor-folder = مجلد الإعدادات
doctor-folder-private = { $path } خاص بك وحدك.
doctor-folder-other-owner = المجلد { $path } ملك لمستخدم آخر.
doctor-folder-open = يستطيع المستخدمون الآخرون الوصول إلى المجلد { $path } (وضع الوصول { $mode }).
doctor-folder-files-open = يستطيع المستخدمون الآخرون الوصول إلى { $files } في المجلد { $path }.
doctor-folder-narrowed = سيقصر التطبيق الوصول إليه عليك في المرة التالية التي يحفظ فيها؛ أو اضبط ZCW_CONFIG_DIR على مجلد خاص بك.
doctor-folder-unreadable = { $reason }
doctor-folder-own = اضبط ZCW_CONFIG_DIR على مجلد خاص بك.
doctor-server = Zoho { $dc } ({ $host })
doctor-server-override = خادم الحسابات { $host }
doctor-server-fix = تأكد من أن الإنترنت يعمل، وتحقّق من الخادم الوكيل (proxy) أو جدار الحماية.
doctor-server-silent = لم يُجب خلال { $seconds ->
        [one] ثانية واحدة
        [two] ثانيتين
        [few] { $seconds } ثوانٍ
       *[other] { $seconds } ثانية
    }.
doctor-server-unreachable = يتعذّر الوصول إليه: { $reason }.
doctor-clock-off = يمكن الوصول إليه، لكن ساعة هذا الكمبيوتر تختلف عن ساعة Zoho بمقدار { $offset } ث.
doctor-clock-fix = اضبط الساعة (فعّل الضبط التلقائي للوقت): تفشل رموز Zoho ورموزه المميّزة عندما تختلف الساعة بدقائق.
doctor-clock-agrees = يمكن الوصول إليه؛ والساعة مضبوطة (الفرق { $offset } ث).
doctor-reachable = يمكن الوصول إليه.

## الطلبات المرسلة إلى الزبائن، كما تعرضها شاشة الاتصالات

request-waiting = بانتظار الرد · تنتهي صلاحيته { $expires }
request-expired = انتهت صلاحيته { $expires }، ولم يُستورد أي رد
request-answered = أُجيب عنه { $when }
disconnected-revoked = أبطل Zoho تسجيل دخول «{ $name }» (رمز التحديث الخاص به ورموز الوصول التي أُنشئت منه).
disconnected-alreadyRevoked = كان تسجيل دخول «{ $name }» قد انتهى لدى Zoho من قبل.
disconnected-localOnly = حُذفت الرموز المميّزة لـ«{ $name }» هنا فقط: وقد يظل Zoho يقبلها. أبطل تسجيل الدخول يدويًّا في حساب Zoho الخاص بك، من Connected apps (التطبيقات المتصلة).
disconnected-notSignedIn = لم يكن لـ«{ $name }» تسجيل دخول لإبطاله.

## أسماء الدوال في البرنامج التعليمي لـ Catalyst، حسب الإصدار (الخطوة 1)

edition-crm_crud = إصدارا Node.js وJava
edition-lead_manager_function = إصدار Python

# الأخطاء: كل رسالة تذكر ما حدث، ثم ما يجب فعله


## reached

reached-crm-org = مؤسسة CRM { $org }
reached-crm-user = مستخدم CRM { $email }
reached-crm-leads = وحدة Leads في CRM
reached-crm-no-leads = وحدة Leads في CRM (لا توجد عملاء محتملون بعد)
reached-zoho-account = حساب Zoho { $email }

## ما الخلل في قيمة تذكرها رسالة خطأ: كل عبارة جملة كاملة تُكمل رسالتها بعد النقطتين.
## بعد «عنوان مخزن الفريق «…» مرفوض:» أو «قيمة ZCW_… هي «…»، وهذا العنوان مرفوض:» (الفاعل المضمر: العنوان):
flaw-address-empty = العنوان فارغ؛ أدخل عنوان الخادم، مثل https://vault.example.com:8200
flaw-address-not-web = ليس عنوان ويب
flaw-address-has-path = يحتوي على مسار؛ أدخل عنوان الخادم وحده
flaw-address-unencrypted = ستُرسل الأسرار عبره دون تشفير إلى كمبيوتر آخر؛ استخدم https://
flaw-address-other-scheme = لا يبدأ بـ https://، ولا بـ http:// لهذا الكمبيوتر
flaw-address-has-credentials = يحتوي على اسم مستخدم أو كلمة مرور
## بعد «لا يعرض التطبيق اسم مرسِل هذا الطلب:»:
flaw-sender-empty = الاسم فارغ
flaw-sender-spaced = فيه مسافات زائدة (في أوله أو آخره، أو مكررة)
flaw-sender-too-long = الاسم أطول من { $max ->
        [one] حرف واحد
        [two] حرفين
        [few] { $max } أحرف
        [many] { $max } حرفًا
       *[other] { $max } حرف
    }
flaw-sender-like-code = فيه رمز يشبه البصمة
flaw-sender-hidden-characters = فيه أحرف قد تُخفي ما يظهر على الشاشة أو تغيّر ترتيبه (أحرف تحكم أو تنسيق)، أو رموز أخرى
## بين القوسين في «العنوان الملصق ليس العنوان الذي يعيدك إليه Zoho… (…)» (الفاعل المضمر: العنوان الملصق):
flaw-pasted-not-web = ليس عنوان ويب
flaw-pasted-no-redirect-uri = ليس لهذا الاتصال عنوان إعادة توجيه صالح
flaw-pasted-elsewhere = يشير إلى مكان آخر
flaw-pasted-other-attempt = يخص محاولة أخرى لتسجيل الدخول
flaw-pasted-repeated = يتكرر فيه الجزء { $part } أكثر من مرة
flaw-pasted-no-code = لا يحتوي على رمز تسجيل الدخول
## بعد «يحتوي الرد على «…» على قيمة لا يمكن استخدامها:» أو «السجل … في مخزن الفريق تالف:» (الفاعل المضمر: الرد أو السجل):
flaw-other-connection = يذكر اتصالًا غير «{ $name }»
flaw-name-not-allowed = اسم الاتصال فيه غير مسموح به
flaw-client-id-unusable = قيمة Client ID فيه ليست بالشكل الذي يُنشئه Zoho
flaw-client-secret-unusable = قيمة Client Secret فيه ليست بالشكل الذي يُنشئه Zoho
flaw-other-client = يخص عميلًا غير العميل الذي يستخدمه الاتصال
flaw-unknown-data-centre = مركز البيانات فيه ليس من مراكز بيانات Zoho
flaw-other-data-centre = العميل مسجَّل في مركز البيانات { $dc }، بينما حدّد الطلب مركز البيانات { $asked }
flaw-registration-invalid = بيانات التسجيل التي يحددها الطلب غير صالحة في مركز بيانات الرد ({ $field ->
        [none] إحدى قيمها
       *[other] حقل «{ $field }»
    })
flaw-no-sign-in = لا يحمل تسجيل دخول، مع أن الطلب يطلبه
flaw-untrusted-accounts-server = خادم الحسابات فيه ليس خادم حسابات موثوقًا لدى Zoho
flaw-accounts-server-elsewhere = خادم الحسابات فيه يخص مركز البيانات { $other }، لا { $dc }
flaw-api-domain-elsewhere = نطاق API فيه ليس نطاق مركز البيانات { $dc } ({ $expected })
flaw-scopes-not-zohos = أسماء الأذونات (scopes) فيه ليست أسماء أذونات في Zoho
flaw-account-not-address = الحساب الذي سُجِّل الدخول به ليس عنوان بريد إلكتروني
flaw-connection-gone = الاتصال الذي جاء لإعادة اتصاله لم يعد موجودًا هنا
flaw-client-changed = يستخدم الاتصال هنا عميلًا آخر الآن
flaw-data-centre-changed = انتقل الاتصال هنا إلى مركز بيانات آخر بعد إنشاء الطلب
flaw-signed-in-since = أُعيد تسجيل الدخول للاتصال هنا بعد إنشاء الطلب
flaw-account-unnamed = لا يذكر Zoho الحساب الذي سُجِّل الدخول به، مع أن الطلب يطلب معرفته
flaw-account-not-zohos = الحساب الذي يذكره ليس الحساب الذي يقول Zoho إنه سجّل الدخول ({ $zoho })
flaw-other-account = سُجِّل الدخول فيه بحساب Zoho غير حساب الاتصال ({ $earlier })
flaw-account-unknown = لا يذكر Zoho الحساب الذي سجّل الدخول، وكان الاتصال مسجَّل الدخول بالحساب { $earlier }
flaw-kept-under-another = يذكر اسم اتصال غير الاسم الذي يُحفظ تحته («{ $key }»)
flaw-port-unusable = منفذ تسجيل الدخول فيه غير صالح
flaw-redirect-uri-unusable = أحد عناوين إعادة التوجيه فيه غير صالح
flaw-homepage-unusable = عنوان الصفحة الرئيسية فيه غير صالح
flaw-client-name-not-allowed = اسم العميل فيه غير مسموح به
flaw-signed-in-at-unknown = مركز البيانات الذي سُجِّل الدخول فيه ليس من مراكز بيانات Zoho
flaw-request-unusable = الطلب الذي نشأ منه الاتصال لا يمكن استخدامه

## ما فعله التطبيق نيابةً عنك، فوق قائمة الاتصالات
notice-cached-token-replaced = لا يمكن أن يكون رمز الوصول المخزَّن مؤقتًا لـ«{ $name }» صادرًا عن Zoho (كانت مدة صلاحيته أو أوقات تجديده أو نطاق API فيه خاطئة)، لذا حلّ محله رمز جديد.
notice-token-not-kept = تعذّر الاحتفاظ برمز الوصول الجديد لـ«{ $name }» للاستدعاء التالي. استُخدم هذه المرة فقط؛ تحقّق من مكان حفظ أسرار هذا الاتصال.
notice-request-removed = انتهت صلاحية الطلب «{ $name }» { $when } دون أن يصل رده، فأُزيل مع مفتاحه ولم يعد ممكنًا فتح أي رد عليه. أنشئ طلبًا جديدًا إذا كنت لا تزال تحتاج إليه.

## why

why-never-connected = لم يُربط قط
why-refresh-token-missing = رمز التحديث الخاص به مفقود
why-refresh-token-refused = لم يعد Zoho يقبل رمز التحديث الخاص به (أُلغي، أو أزاحته عمليات تسجيل دخول أحدث: يحتفظ Zoho بـ 20 على الأكثر لكل مستخدم)
why-disconnected-during-refresh = قُطع أثناء تحديث رمز الوصول الخاص به
why-disconnected = قُطع
why-no-refresh-token = ليس لديه رمز تحديث

## InputError

error-unknown_data_centre = مركز البيانات «{ $given }» غير معروف. اختر واحدًا مما يلي: { $known }.
# اسم عميل: أحرف وأرقام ومسافات و_ و& فقط (دون شرطة أو فاصلة عليا أو نقطة، ودون تشكيل مثل الشدة).
suggested-client-name = عميل Zoho الخاص بي
error-client_name_empty = أدخل اسمًا للعميل، مثل { $example }.
error-client_name_invalid_chars = يحتوي اسم العميل على { $chars }. لا يسمح Zoho إلا بالأحرف والأرقام والمسافات والرمزين _ و&.
error-port_empty = أدخل رقم المنفذ (من { $min } إلى { $max }).
error-port_not_number = «{ $given }» ليس رقم منفذ. أدخل عددًا صحيحًا من { $min } إلى { $max }.
error-port_out_of_range = المنفذ { $value } خارج الحدود المسموح بها. استخدم منفذًا من { $min } إلى { $max }.
error-ports_clash = المنفذ { $port } هو أيضًا منفذ التشغيل المحلي (serve). اختر منفذًا مختلفًا للعنوان المحلي الخاص بهذا التطبيق.
error-project_name_empty = أدخل اسم مشروع Catalyst كما يظهر في وحدة تحكم Catalyst (مثل LeadManager).
error-project_name_invalid_chars = يحتوي اسم المشروع على { $chars }. استخدم الأحرف والأرقام فقط (تُحذف المسافات، وتُحوَّل الأحرف الكبيرة إلى صغيرة).
error-org_id_empty = أدخل معرّف المؤسسة (Org ID): الرقم الذي يلي /baas/ في عنوان وحدة تحكم Catalyst لديك، أو الصق العنوان كاملًا.
error-org_id_not_numeric = معرّف المؤسسة «{ $given }» ليس رقمًا. انسخ الأرقام التي تلي /baas/ في عنوان وحدة تحكم Catalyst لديك، أو الصق العنوان كاملًا.
error-org_id_not_in_url = لا يحتوي هذا العنوان على معرّف المؤسسة. افتح مشروعك في وحدة تحكم Catalyst، وانسخ العنوان من شريط العناوين في المتصفح (يحتوي على /baas/ متبوعًا بأرقام).
error-unknown_environment = البيئة «{ $given }» غير معروفة. اختر development (التطوير) أو production (الإنتاج).
error-function_name_empty = أدخل اسم الدالة (crm_crud لإصداري Node.js وJava، وlead_manager_function لإصدار Python).
error-function_name_invalid_chars = يحتوي اسم الدالة على { $chars }. استخدم الأحرف والأرقام والرمزين _ و- فقط.
error-url_empty = أدخل عنوانًا يبدأ بـ https://.
error-url_malformed = «{ $given }» ليس عنوان ويب كاملًا ({ $reason }). أدخله بالشكل https://example.com/...
error-url_not_https = يجب أن يبدأ «{ $given }» بـ https:// (لا يُقبل http:// العادي إلا لـ localhost).
error-url_loopback_ip = يرفض Zoho العنوانين 127.0.0.1 و[::1] في عناوين إعادة التوجيه. اكتب «{ $suggestion }» بدلًا من ذلك.
error-url_has_query_or_fragment = يحتوي «{ $given }» على استعلام (?...) أو جزء (#...). احذف كل ما يأتي من ? أو # فصاعدًا.
error-url_has_credentials = يحتوي «{ $given }» على اسم مستخدم أو كلمة مرور. احذف الجزء الذي يسبق @.
error-connection_name_empty = أدخل اسمًا لهذا الاتصال، مثل LeadManagerApp.
error-connection_name_invalid_chars = يحتوي اسم الاتصال على { $chars }. استخدم فقط الأحرف والأرقام والمسافات والشرطة السفلية (_) والنقطة (.) والشرطة (-).
error-connection_name_too_long = اسم الاتصال طويل جدًّا. استخدم { $max ->
        [one] حرفًا واحدًا
        [two] حرفين
        [few] { $max } أحرف
        [many] { $max } حرفًا
       *[other] { $max } حرف
    } على الأكثر.
error-connection_exists = يوجد بالفعل اتصال باسم «{ $name }». اختر اسمًا آخر، أو افتح ذلك الاتصال لاستبدال سره.
error-connection_not_found = لا يوجد اتصال باسم «{ $name }».
error-client_id_empty = الصق Client ID الذي عرضه Zoho بعد أن نقرت على Create.
error-client_id_looks_like_secret = تبدو هذه القيمة Client Secret وليست Client ID. الصقها في حقل Client Secret، وانسخ Client ID (يبدأ بـ 1000.) إلى هذا الحقل.
error-client_id_has_spaces = يحتوي Client ID على مسافات. انسخه مرة أخرى من Zoho API console، دون أي شيء قبله أو بعده.
error-client_secret_empty = الصق Client Secret الذي عرضه Zoho بعد أن نقرت على Create.
error-client_secret_looks_like_id = تبدو هذه القيمة Client ID (يبدأ بـ 1000.) وليست Client Secret. الصق Client Secret هنا: تعرضه Zoho API console تحت Client ID.
error-passphrase_too_short = عبارة المرور قصيرة جدًّا. استخدم { $min ->
        [one] حرفًا واحدًا
        [two] حرفين
        [few] { $min } أحرف
        [many] { $min } حرفًا
       *[other] { $min } حرف
    } على الأقل، ويُفضَّل أن تكون بضع كلمات لا رابط بينها.
error-passphrase_mismatch = عبارتا المرور مختلفتان. اكتب عبارة المرور نفسها مرتين.
error-wrong_passphrase = عبارة مرور الملف المشفّر غير صحيحة: ليست العبارة التي اختيرت عند إنشاء الملف.
error-server_url_rejected = قيمة { $variable } هي «{ $value }»، وهذا العنوان مرفوض: { $reason }. اضبط المتغير على عنوان https://، أو على http:// لهذا الكمبيوتر فقط (127.0.0.1 أو [::1] أو localhost)، أو احذفه.
error-account_changed = سُجِّل الدخول بالحساب { $now }، لكن هذا الاتصال كان مسجَّل الدخول باسم { $previous }. لم يُحتفظ بتسجيل الدخول الجديد، وأُبطلت رموزه المميّزة.
error-team_address_rejected = عنوان مخزن الفريق «{ $value }» مرفوض: { $reason }.
error-team_path_invalid = القيمة «{ $value }» في { $field } ليست مسارًا في مخزن الفريق. استخدم الأحرف والأرقام والرموز _ و- و. فقط، مع / بين الأجزاء.
error-team_app_role_incomplete = يحتاج AppRole إلى معرّف الدور (role ID) وإلى الملف الذي يحتوي على معرّف السر (secret ID) معًا. أدخل الاثنين، أو لا تُدخل أيًّا منهما لاستخدام رمز مميّز (token).
error-connection_name_dots = لا يمكن أن يتكوّن اسم الاتصال من نقاط فقط. استخدم أحرفًا أو أرقامًا أيضًا.
error-requester_empty = أدخل اسم مَن يطلب بيانات الاعتماد، كما يعرفك مسؤول Zoho لدى الزبون (مثل Acme Integrations).
error-requester_invalid_chars = يحتوي حقل «مَن يطلب» على { $chars }. استخدم فقط الأحرف والأرقام والمسافات وعلامات الترقيم البسيطة، وهي: . , - ' & ( ) / @ + _ : ! ? #
error-requester_too_long = حقل «مَن يطلب» طويل جدًّا. استخدم { $max ->
        [one] حرفًا واحدًا
        [two] حرفين
        [few] { $max } أحرف
        [many] { $max } حرفًا
       *[other] { $max } حرف
    } على الأكثر.
error-requester_looks_like_code = يحتوي حقل «مَن يطلب» على رمز يشبه البصمة (مجموعات من أربعة أحرف أو أرقام، مثل ABCD-1234). اكتب الاسم وحده: يعرض تطبيق المسؤول بصمة الطلب بنفسه، ولا يجوز أن يبدو أي شيء في الطلب مثلها.
error-request_name_looks_like_code = لا يمكن أن يشبه اسم الاتصال في الطلب البصمة (مجموعات من أربعة أحرف أو أرقام، مثل ABCD-1234): فالمسؤول يقارن البصمة التي يعرضها تطبيقه. اختر اسمًا آخر.
error-request_lifetime_out_of_range = لا يمكن أن تكون مدة صلاحية الطلب { $given }. اختر مدة من { $min } إلى { $max }.
error-pasted_address_invalid = العنوان الملصق ليس العنوان الذي يعيدك إليه Zoho بعد تسجيل الدخول لهذا الاتصال ({ $reason }). الصق العنوان كاملًا من شريط العناوين في المتصفح بعد أن يعيدك Zoho (يبدأ بـ { $expected }).

## StoreError

error-read_back_mismatch = السر المقروء من { $store } يختلف عن السر المُدخَل، لذا لم يُحفظ. حاول الحفظ مرة أخرى.
error-secret_missing = Client Secret الخاص بـ«{ $name }» غير موجود في { $store }.

## FileError

error-config_dir_unknown = تعذّر العثور على مجلد للإعدادات: لا يوجد مجلد رئيسي (home) معروف. اضبط ZCW_CONFIG_DIR على مجلد يستطيع هذا التطبيق الكتابة فيه.
error-cannot_write = تعذّرت الكتابة في { $path }. تحقّق من أن المجلد موجود ويمكن الكتابة فيه، أو اضبط ZCW_CONFIG_DIR على مجلد آخر.
error-cannot_read = تعذّرت قراءة { $path }. تحقّق من أنه موجود ومن أن لديك إذنًا بقراءته.
error-not_a_regular_file = { $path } ليس ملفًا (بل مجلد أو أنبوب pipe أو جهاز)، لذا لم تتم قراءته. اختر الملف نفسه.
error-too_large = حجم { $path } أكبر من { $max_kib } KiB، أي أكبر بكثير من الملف المتوقع، لذا لم تتم قراءته. اختر الملف الصحيح.
error-not_text = لا يحتوي { $path } على نص، لذا فهو ليس الملف المتوقع. اختر الملف الصحيح.
error-not_yours = المجلد { $path } ملك لمستخدم آخر، لذا لن يحفظ هذا التطبيق ملفاته فيه. استخدم مجلدًا خاصًّا بك (اضبط ZCW_CONFIG_DIR)، أو أعد ملكية هذا المجلد إلى مستخدمك.
error-draft_corrupt = تعذّرت قراءة مسودة المعالج المحفوظة، فنُقلت إلى { $moved_to } ويبدأ المعالج من جديد. املأ الخطوات مرة أخرى؛ وتبقى المسودة القديمة هناك إذا احتجت إلى قيمة منها.
error-connections_corrupt = تعذّرت قراءة ملف الاتصالات. نُقل إلى { $moved_to } حتى لا يضيع شيء، وتبدأ الآن قائمة فارغة. استعده من هناك إن أمكن.
error-connections_from_newer_version = كتب ملفَ الاتصالات { $path } إصدارٌ أحدث من هذا التطبيق (المخطط { $version }). حدّث Zoho Credential Wizard لاستخدامه.

## BrowserError

error-launch_failed = تعذّر فتح المتصفح. انسخ العنوان { $url } إلى متصفحك بدلًا من ذلك.
error-untrusted_url = رُفض فتح { $url }: ليس Zoho API console لمركز بيانات معروف. لم يُفتح أي شيء. استخدم زر «فتح Zoho API Console»، الذي يفتح وحدة التحكم لمركز البيانات الذي اخترته.

## ClipboardError

error-unavailable = لا يمكن استخدام الحافظة هنا. يحتاج النسخ إلى جلسة سطح مكتب: شغّل هذا حيث ستلصق.

## SignInError

error-port_in_use = المنفذ { $port } مستخدم بالفعل على هذا الكمبيوتر، لذا لا يمكن أن يعود تسجيل الدخول إلى هذا التطبيق. أغلق البرنامج الذي يستخدمه وحاول مرة أخرى، أو اختر منفذًا آخر لهذا الاتصال وسجّل له العنوان http://localhost:PORT/callback في Zoho API console.
error-port_permission_denied = لا يسمح هذا الكمبيوتر بالاستماع على المنفذ { $port } (في Windows قد يكون المنفذ ضمن مجموعة منافذ محجوزة). اختر منفذًا آخر لهذا الاتصال، وسجّل له العنوان http://localhost:PORT/callback في Zoho API console.
error-listener_failed = تعذّر على هذا التطبيق الاستماع على المنفذ { $port } لتسجيل الدخول. أغلق البرنامج الذي يستخدمه وحاول مرة أخرى، أو اختر منفذًا آخر لهذا الاتصال وسجّل له العنوان http://localhost:PORT/callback في Zoho API console.
error-timed_out = لم يُجب Zoho خلال { $seconds ->
        [one] ثانية واحدة
        [two] ثانيتين
        [few] { $seconds } ثوانٍ
       *[other] { $seconds } ثانية
    }. { $causes }
error-cancelled = أُلغي تسجيل الدخول. ابدأه من جديد عندما تكون مستعدًا.
error-declined = رفضت منح الوصول في Zoho، لذا لم تُصدَر أي رموز مميّزة. ابدأ تسجيل الدخول من جديد، وانقر على Accept (قبول) في Zoho.
error-untrusted_accounts_server = يذكر جواب Zoho أن { $server } هو خادم الحسابات، وهو ليس خادم حسابات معروفًا لدى Zoho. لم يُرسل إليه أي شيء. ابدأ تسجيل الدخول من جديد؛ وإذا تكرر ذلك، فربما يعبث أحدهم بتسجيل الدخول.
error-not_started = لا يوجد تسجيل دخول جارٍ. ابدأ تسجيل الدخول من جديد.
error-discarded = أُلغي تسجيل الدخول الجديد لدى Zoho وحُذفت رموزه المميّزة؛ ويبقى الاتصال مسجَّل الدخول باسم { $previous }. إذا أردت استخدام الحساب الآخر في النهاية، فسجّل الدخول مرة أخرى وبدّل إليه.
error-revoke_unreachable = تعذّر الوصول إلى Zoho لإبطال تسجيل الدخول الخاص بـ«{ $name }»، لذا لم يُحذف أي شيء. يمكنك أيضًا إبطاله يدويًّا: في حساب Zoho الخاص بك، افتح Connected apps (التطبيقات المتصلة) وأزل هذا العميل.
error-needs_sign_in = لا يوجد تسجيل دخول صالح لـ«{ $name }»: { $why }.

## ZohoError

error-invalid_client = رفض Zoho العميل: إما أن Client Secret غير صحيح، وإما أن هذا العميل مسجَّل في مركز بيانات آخر. تحقّق من مركز البيانات، واستبدل السر إذا كنت قد أعدت إنشاءه، ثم حاول مرة أخرى.
error-invalid_client_secret = يقول Zoho إن Client Secret غير صحيح. انسخه مرة أخرى من Zoho API console (أو أعد إنشاءه)، ثم استبدله.
error-invalid_code = انتهت صلاحية رمز تسجيل الدخول أو سبق استخدامه (تبقى هذه الرموز صالحة من دقيقة إلى دقيقتين). ابدأ تسجيل الدخول من جديد.
error-invalid_redirect_uri = يقول Zoho إن عنوان إعادة التوجيه لا يطابق العنوان المسجَّل. سجّل { $uri } في Zoho API console كما هو بالضبط (بالمنفذ نفسه، ودون شرطة مائلة في آخره).
error-rate_limited = يحدّ Zoho من استدعاءات هذا العميل (استدعاءات كثيرة جدًّا). انتظر بضع دقائق، ثم حاول مرة أخرى.
error-access_denied = رفض Zoho الوصول: إما أن لهذا العميل تسجيلات دخول كثيرة جدًّا، وإما أن الوصول رُفض. انتظر بضع دقائق، ثم سجّل الدخول مرة أخرى.
error-unexpected = أجاب Zoho بخطأ لا يعرفه هذا التطبيق. حاول مرة أخرى؛ وإذا تكرر ذلك، فتحقّق من العميل في Zoho API console.
error-bad_response = تعذّر فهم جواب Zoho. حاول مرة أخرى بعد بضع دقائق؛ وإذا تكرر ذلك، فربما يغيّر Zoho شيئًا من جهته.
error-token_rate_limited = يسمح Zoho بـ 10 رموز وصول جديدة على الأكثر كل 10 دقائق للاتصال الواحد، وقد استنفدها «{ $name }». حاول مرة أخرى بعد { $wait_secs ->
        [one] ثانية واحدة
        [two] ثانيتين
        [few] { $wait_secs } ثوانٍ
       *[other] { $wait_secs } ثانية
    }.

## NetworkError

error-timeout = لم يُجب Zoho خلال { $seconds ->
        [one] ثانية واحدة
        [two] ثانيتين
        [few] { $seconds } ثوانٍ
       *[other] { $seconds } ثانية
    }. تأكد من أن الإنترنت يعمل (ومن إعدادات الخادم الوكيل proxy إن وُجد)، ثم حاول مرة أخرى.
error-unreachable = تعذّر الوصول إلى Zoho. تأكد من أن الإنترنت يعمل (ومن إعدادات الخادم الوكيل proxy إن وُجد)، ثم حاول مرة أخرى.

## Error


## KeychainError

error-keychain_unavailable = سلسلة مفاتيح هذا الكمبيوتر غير متاحة. ثبّت برنامج حلقة مفاتيح (keyring) مثل GNOME Keyring أو KWallet، وشغّله وافتح قفله، ثم حاول مرة أخرى. لم يُحفظ أي شيء.
error-keychain_locked = سلسلة مفاتيح هذا الكمبيوتر مقفلة أو رفضت الوصول. افتح قفلها (سجّل الدخول إلى جلسة سطح المكتب، أو افتح قفل حلقة المفاتيح في برنامجها)، ثم حاول مرة أخرى. لم يُحفظ أي شيء.
error-keychain_timeout = لم تستجب سلسلة مفاتيح هذا الكمبيوتر خلال { $seconds ->
        [one] ثانية واحدة
        [two] ثانيتين
        [few] { $seconds } ثوانٍ
       *[other] { $seconds } ثانية
    }. ربما تكون مقفلة وتنتظر كلمة مرورها في نافذة: افتح قفلها وحاول مرة أخرى. وقد تُكمل سلسلة المفاتيح التغيير لاحقًا؛ وعند التغيير التالي في اتصالاتك يتحقق التطبيق منها ويرتّب ما يلزم.
error-keychain_too_long = { $what ->
        [secret] السر
       *[name] اسم العنصر
    } أطول مما تسمح به سلسلة مفاتيح هذا الكمبيوتر (الحد الأقصى { $limit } بايت)، لذا لم يُحفظ.
error-keychain_failure = حدث خلل في سلسلة مفاتيح هذا الكمبيوتر. حاول مرة أخرى؛ وإذا استمر الخلل، فأعد تشغيل برنامج حلقة المفاتيح (keyring).

## FileStoreError

error-file_store_missing = الملف المشفّر { $path } غير موجود بعد.
error-file_store_corrupt = تعذّرت قراءة الملف المشفّر { $path }: إما أنه تالف، وإما أنه ليس ملفًا مشفّرًا من هذا التطبيق. استعده من نسخة احتياطية، أو انقله إلى مكان آخر واحفظ الأسرار من جديد.
error-file_store_key_mismatch = لم يُنشأ الملف المشفّر { $path } بالمفتاح الموجود في { $key }: الملفان لا ينتميان إلى الملف المشفّر نفسه. لم يتغير شيء. أعد ملف المفتاح الذي كان بجانب هذا الملف المشفّر (من النسخة الاحتياطية نفسها؛ وأي ملف مفتاح نُحّي جانبًا من قبل يبقى بجانبه، وينتهي اسمه بـ .unused)، أو انقل الملفين كليهما إلى مكان آخر واحفظ الأسرار من جديد. وإذا كان الملف المشفّر مفتوح القفل في الخلفية، فأقفله ثم افتح قفله مرة أخرى.
error-file_store_key_damaged = ملف المفتاح { $key } الخاص بالملف المشفّر تالف. لم يتغير شيء. استعده من النسخة الاحتياطية نفسها التي فيها { $path }؛ فمن دونه لا يمكن فتح الملف المشفّر.
error-file_store_too_much_work = فتح { $path } بعبارة المرور يتطلب جهدًا حسابيًّا (scrypt 2^{ $required }) أكبر مما يسمح به هذا الكمبيوتر (حتى 2^{ $allowed }): إما أن عبارة المرور عُيّنت على كمبيوتر أسرع بكثير، وإما أنها لم تُعيَّن بهذا التطبيق. لم يتغير شيء. افتح الملف المشفّر على الكمبيوتر الذي عيّن عبارة مروره، وعيّن عبارة مرور جديدة هناك.
error-file_store_key_missing = مفتاح الملف المشفّر { $path } مفقود: عبارة المرور تفتح ملف المفتاح الذي بجانبه، { $key }، وهو غير موجود. لم يتغير شيء. استعد ملف المفتاح من النسخة الاحتياطية نفسها التي فيها الملف المشفّر.
error-passphrase_needed = الأسرار محفوظة في الملف المشفّر، وهو يحتاج إلى عبارة المرور الخاصة به.
error-agent = حدث خلل في البرنامج الخلفي (agent) الذي يُبقي الملف المشفّر مفتوح القفل.
error-agent_outdated = البرنامج الخلفي (agent) الذي يُبقي الملف المشفّر مفتوح القفل شغّله إصدار آخر من هذا البرنامج (البروتوكول { $found }؛ وهذا الإصدار يستخدم { $expected })، كما يحدث بعد الترقية.
error-agent_running = يوجد برنامج خلفي (agent) يعمل بالفعل (مقبسه socket هو { $path }).

## TeamError

error-team_unreachable = تعذّر الوصول إلى مخزن الفريق على { $address }. تحقّق من العنوان ومن أن الخادم يعمل، ثم حاول مرة أخرى. لم يتغير شيء.
error-team_quorum_lost = لا توجد عقدة نشطة في مجموعة خوادم مخزن الفريق ({ $addresses }): عدد العقد التي لا تستجيب { $down } من أصل { $nodes }، لذا فقدت المجموعة النصاب (يجب أن تعمل أغلبية العقد). شغّل العقد المتوقفة، ثم حاول مرة أخرى. لم يتغير شيء.
error-team_no_active_node = لم تجد مجموعة خوادم مخزن الفريق ({ $addresses }) أي عقدة نشطة خلال { $seconds ->
        [one] ثانية واحدة
        [two] ثانيتين
        [few] { $seconds } ثوانٍ
       *[other] { $seconds } ثانية
    } (عملية انتخاب لا تنتهي). تحقّق من سلامة المجموعة، ثم حاول مرة أخرى. لم يتغير شيء.
error-team_sealed = مخزن الفريق على { $address } مختوم (sealed). اطلب من مشغّله فكّ الختم (bao operator unseal أو vault operator unseal)، ثم حاول مرة أخرى. لم يتغير شيء.
error-team_token_missing = لا يوجد رمز مميّز (token) لمخزن الفريق. اضبط VAULT_TOKEN (أو BAO_TOKEN)، أو سجّل الدخول بالأمر bao login أو vault login (يحفظان الرمز في ~/.vault-token)؛ وعلى الخادم، أدخل بيانات AppRole (معرّف الدور وملف معرّف السر).
error-team_token_rejected = رفض مخزن الفريق على { $address } الرمز المميّز: انتهت صلاحيته أو أُبطل. احصل على رمز جديد (bao login أو vault login أو معرّف سر جديد لـ AppRole)، ثم حاول مرة أخرى. لم يتغير شيء.
error-team_permission_denied = لا يُسمح للرمز المميّز لمخزن الفريق { $capability ->
        [read] بقراءة
        [list] بعرض قائمة ما في
        [create] بإنشاء
        [delete] بحذف
       *[update] بتغيير
    } «{ $path }». تحتاج سياسته (policy) إلى القدرة (capability) «{ $capability }» على ذلك المسار (راجع README، قسم Teams and servers). لم يتغير شيء.
error-team_app_role_refused = رُفض تسجيل الدخول إلى مخزن الفريق عبر AppRole. تحقّق من معرّف الدور (role ID)، ومن أن معرّف السر (secret ID) في ملفه لا يزال ساريًا.
error-team_secret_id_file = تعذّرت قراءة ملف معرّف السر لـ AppRole، وهو { $path }. تحقّق من أنه موجود ومن أن هذا المستخدم يستطيع قراءته.
error-team_ca_cert = لا يمكن استخدام شهادة CA لمخزن الفريق، وهي { $path }. أدخل ملف PEM يحتوي على شهادة CA التي وقّعت شهادة الخادم.
error-team_answer = رفض مخزن الفريق على { $address } العملية (HTTP { $status }). لم يتغير شيء. حاول مرة أخرى؛ وإذا تكرر ذلك، فاعرض التفاصيل على المسؤول عن مخزن الفريق.
error-team_record_unreadable = السجل { $path } في مخزن الفريق ليس بالشكل الذي يكتبه هذا التطبيق. لقد غيّره أحدهم يدويًّا: أصلحه أو احذفه.
error-team_record_damaged = السجل { $path } في مخزن الفريق تالف: { $problem }. لن يُستخدم. أصلحه، أو احذفه وأضف الاتصال مرة أخرى.
error-team_conflict = ظل السجل { $path } في مخزن الفريق يتغير أثناء العمل عليه (كانت أجهزة أخرى تكتب فيه). حاول مرة أخرى بعد لحظات.
error-team_refresh_stuck = يعمل جهاز آخر على تجديد رمز الوصول لـ«{ $name }» منذ { $seconds ->
        [one] ثانية واحدة
        [two] ثانيتين
        [few] { $seconds } ثوانٍ
       *[other] { $seconds } ثانية
    } دون أن ينتهي. حاول مرة أخرى بعد دقيقة؛ وإذا استمر ذلك، فتحقّق من ذلك الجهاز.
error-team_not_set_up = لم يُعَدّ أي مخزن فريق على هذا الكمبيوتر.

## ApiError

error-other_host = { $given } ليس ضمن نطاق API الخاص بـ«{ $name }»، وهو { $domain }: لا يُرسل رمزه المميّز إلى أي مكان آخر، لذا لم يُرسل أي شيء. أدخل مسارًا مثل /crm/v8/org، أو عنوانًا على { $domain }.
error-bad_target = «{ $given }» ليس مسار API ولا عنوانًا. أدخل مسارًا مثل /crm/v8/org.
error-bad_header = لا يمكن إرسال الترويسة «{ $name }»: الترويسة بالشكل Name: value، ويتكوّن الاسم من أحرف وأرقام و-، وتكون القيمة في سطر واحد بأحرف ASCII عادية. صحّحها وحاول مرة أخرى.
error-header_refused = تُضبط الترويسة { $header } من الاتصال نفسه، ولا يمكن إدخالها. احذفها وحاول مرة أخرى.
error-no_api_domain = لا يوجد نطاق API محفوظ لـ«{ $name }»، ولا يحدّد مركز بياناته أي نطاق، لذا لا يوجد مكان يمكن أن يُرسل إليه رمزه المميّز. سجّل الدخول مرة أخرى ليحدّده Zoho.
error-token_refused = رفض Zoho رمز الوصول لـ«{ $name }» (INVALID_TOKEN)، مرة أخرى مباشرة بعد إنشاء رمز جديد: أُبطل تسجيل الدخول أو لم يعد صالحًا.
error-scope_missing = { $needs ->
        [none] رمز الوصول لـ«{ $name }» يعمل، لكن أذوناته (scopes) لا تشمل هذا الاستدعاء (جواب Zoho: OAUTH_SCOPE_MISMATCH)؛ والأذونات التي منحها تسجيل الدخول: { $granted }. تذكر وثائق Zoho الخاصة بهذا الاستدعاء اسم الإذن (scope) الذي يحتاجه.
       *[other] رمز الوصول لـ«{ $name }» يعمل، لكن أذوناته (scopes) لا تشمل هذا الاستدعاء (جواب Zoho: OAUTH_SCOPE_MISMATCH): فهو يحتاج إلى { $needs }، والأذونات التي منحها تسجيل الدخول: { $granted }.
    }
error-api_rate_limited = بلغ «{ $name }» الحد الأقصى لاستدعاءات API في Zoho (HTTP 429): لن يُرسل المزيد الآن. انتظر دقيقة، ثم حاول مرة أخرى.

## OnboardingError

error-request_unreadable = هذا ليس طلب بيانات اعتماد من Zoho Credential Wizard. اطلب من المرسِل أن يرسل ملف الطلب أو رابطه مرة أخرى.
error-feed_unreachable = تعذّر الوصول إلى مصدر التحديثات على { $address }، لذا لم يستطع التطبيق البحث عن إصدار جديد. تأكد من أن الإنترنت يعمل، وحاول مرة أخرى لاحقًا؛ لم يتغير التطبيق.
error-feed_unreadable = جواب مصدر التحديثات ليس بصيغة يقرؤها هذا التطبيق، لذا لم يُعرض أي تحديث. حاول مرة أخرى لاحقًا؛ لم يتغير التطبيق.
error-signature_refused = التحديث الذي نُزّل لا يحمل توقيعًا رقميًّا صالحًا من ناشر التطبيق، لذا لم يُثبَّت. لم يتغير التطبيق. حاول مرة أخرى لاحقًا؛ وإذا تكرر ذلك، فنزّل التطبيق من صفحة إصداراته وتحقّق منه كما يشرح README.
error-download_failed = تعذّر تنزيل التحديث. حاول مرة أخرى لاحقًا؛ لم يتغير التطبيق.
error-install_failed = تعذّر تثبيت التحديث، لذا لم يتغير التطبيق. حاول مرة أخرى، أو نزّل الإصدار الجديد من صفحة إصدارات التطبيق.
error-nothing_to_install = لا يوجد تحديث ينتظر التثبيت. تحقّق من التحديثات أولًا.
error-offer_changed = يعرض مصدر التحديثات الآن الإصدار { $now }، لا الإصدار { $offered } الذي وافقت عليه، لذا لم يُثبَّت أي شيء. تحقّق من التحديثات مرة أخرى.
error-request_from_newer_app = أُنشئ هذا الطلب بإصدار أحدث من Zoho Credential Wizard (صيغته من الإصدار { $version })، ولا يستطيع هذا الإصدار قراءته. حدّث التطبيق، ثم افتح الطلب مرة أخرى؛ لم يُنشأ أي شيء.
error-request_expired = انتهت صلاحية الطلب الوارد من { $from } ({ $when }). اطلب من { $from } طلبًا جديدًا؛ لم يُرسل أي شيء.
error-requester_refused = لا يعرض التطبيق اسم مرسِل هذا الطلب: { $why }. ولا يعرض إلا الأسماء التي لا يمكن أن تموّه ما يظهر على الشاشة. لم يُنشأ أي شيء. اطلب من المرسِل أن ينشئ طلبًا جديدًا باستخدام Zoho Credential Wizard.
error-request_from_the_future = يذكر هذا الطلب أنه أُنشئ { $when }، حسب ساعة هذا الكمبيوتر. تحقّق من تاريخ هذا الكمبيوتر ووقته؛ وإذا كانا صحيحين، فاطلب من المرسِل طلبًا جديدًا. لم يُنشأ أي شيء.
error-fingerprint_mismatch = البصمة لا تطابق بصمة هذا الطلب، لذا ربما تغيّر الطلب في الطريق (استُبدل مفتاحه). لم يُحفظ أي شيء. اتصل بالمرسِل على رقم تعرفه من قبل، واطلب منه أن يقرأ عليك البصمة التي يعرضها تطبيقه لهذا الطلب؛ وإذا ظلت مختلفة، فاطلب طلبًا جديدًا.
error-not_from_request = لم يُنشأ «{ $name }» من طلب بيانات اعتماد، لذا لا يوجد من يُرسل إليه. افتح الطلب الذي وصلك، وأنشئ الاتصال منه.
error-sign_in_first = طلب { $from } اتصالًا مسجَّل الدخول، و«{ $name }» ليس مسجَّل الدخول بعد. سجّل الدخول إلى Zoho له أولًا، ثم أرسل الرد.
error-no_such_request = لا يوجد طلب قيد الانتظار باسم «{ $name }» في مكان الحفظ الحالي على هذا الكمبيوتر. تحقّق من الاسم في قائمة الطلبات (لا يمكن الرد على طلب أُلغي).
error-request_exists = يوجد بالفعل طلب باسم «{ $name }» ينتظر رده. ألغِه أولًا، أو اختر اسمًا آخر.
error-already_answered = سبق استيراد الرد على «{ $name }» ({ $when })؛ وقد زال مفتاحه، لذا لا يمكن استيراد الرد مرتين. الاتصال «{ $name }» يحتوي على ما جاء به الرد.
error-reply_unreadable = لا يمكن فتح هذا الرد بمفتاح أي طلب ينتظر هنا. إما أنه تغيّر في الطريق، وإما أنه يجيب عن طلب أُلغي أو أُنشئ في مكان حفظ على كمبيوتر آخر. لم يتغير شيء. اطلب من المرسِل أن يحفظ الرد مرة أخرى ويرسل الملف نفسه.
error-reply_from_newer_app = أُنشئ هذا الرد بإصدار أحدث من Zoho Credential Wizard (صيغته من الإصدار { $version })، ولا يستطيع هذا الإصدار قراءته. حدّث التطبيق، ثم استورد الرد مرة أخرى؛ لم يتغير شيء.
error-reply_for_another_request = هذا الرد يجيب عن طلب غير «{ $name }» (الطلب { $expected }). استورده مع الطلب الذي يجيب عنه؛ لم يتغير شيء.
error-reply_late = وصل الرد على «{ $name }» بعد انتهاء صلاحية طلبه ({ $when })، لذا لم يُستورد. كان بإمكان أي شخص رأى الطلب أن يرد عليه؛ لا تستورده إلا إذا كنت تتوقع هذا الرد من زبونك.
error-reply_invalid = يحتوي الرد على «{ $name }» على قيمة لا يمكن استخدامها: { $reason }. اطلب من المرسِل أن يتحقق من الاتصال ويرسل ردًّا جديدًا؛ لم يتغير شيء.
error-reconnect_self_client = «{ $name }» هو Self Client: يخص الحساب الذي أنشأه، لذا لا يمكن لأي زبون إعادة اتصاله. أنشئ رمز Self Client جديدًا في Zoho API console، واستورد ملفه مرة أخرى.
error-reconnect_other_client = يطلب منك هذا الطلب إعادة تسجيل الدخول إلى «{ $name }» بالعميل { $asked }، لكن Client ID المُدخل يخص عميلًا آخر. استخدم العميل الذي أُنشئ به الاتصال (تعرض Zoho API console قيمة Client ID الخاصة به في تبويب Client Secret)؛ فالعميل المختلف يحتاج إلى طلب جديد، لا إلى إعادة اتصال. لم يُحفظ أي شيء.
error-reconnect_kept_other_client = يطلب منك هذا الطلب إعادة تسجيل الدخول إلى «{ $name }» بالعميل { $asked }، لكن الاتصال «{ $name }» على هذا الكمبيوتر يستخدم عميلًا آخر. لم يتغير شيء. اسأل المرسِل هل الطلب خاص بهذا الاتصال؛ وإذا كان كذلك، فأزل الاتصال هنا وافتح الطلب مرة أخرى.
error-reconnect_not_from_request = يطلب منك هذا الطلب إعادة تسجيل الدخول إلى «{ $name }»، لكن الاتصال «{ $name }» على هذا الكمبيوتر لم يُنشأ من طلب، لذا لا يُرسل إلى أحد. لم يتغير شيء. إذا كنت تريد فعلًا أن تعطي مقدّم الطلب هذا الاتصال، فاطلب منه طلبًا جديدًا (لا طلب إعادة اتصال)، وأجب عنه باسم آخر.
error-self_client_file_unreadable = هذا ليس ملف self_client.json من Zoho API console. في وحدة التحكم، افتح Self Client، وأنشئ رمزًا في Generate Code واختر DOWNLOAD (تنزيل)، ثم استخدم ذلك الملف.
error-self_client_code_expired = انتهت صلاحية الرمز في ملف self_client.json هذا ({ $when })؛ لم يُرسل أي شيء إلى Zoho. في Zoho API console، افتح Self Client، وأنشئ رمزًا جديدًا (اختر 10 minutes)، واستخدم الملف الجديد فورًا.

## Error

error-worker_failed = توقفت مهمة في الخلفية على نحو غير متوقع. حاول مرة أخرى؛ وإذا استمر ذلك، فأعد تشغيل التطبيق.
error-cannot_start = لا يستطيع Zoho Credential Wizard العمل على هذا الكمبيوتر بعد. { $cause }
error-file_unusable = تعذّرت الكتابة في { $path }. اختر ملفًا آخر، أو الصق النص بدلًا من ذلك.
error-cannot_delete = تعذّر حذف { $path }. احذفه بنفسك من مدير الملفات: فهو يحتوي على Client Secret كنص عادي.
error-no_self_client_file = لم يُستورد أي ملف Self Client في هذه النافذة، لذا لم يُحذف أي شيء. إذا كان ملف self_client.json لا يزال في مجلد التنزيلات، فاحذفه بنفسك.
error-no_request_made = لم يُنشأ أي طلب في هذه النافذة، لذا لا يوجد ما يُحفظ. أنشئ الطلب مرة أخرى.
error-request_changed = الطلب المعروض على الشاشة لم يعد هو الطلب الذي يجري الرد عليه، لذا لم يُحفظ أي شيء. افتح الطلب مرة أخرى وتحقّق من بصمته.
error-nothing_to_import = لم يعد أي رد مفتوحًا، لذا لم يُستورد أي شيء. افتح الرد مرة أخرى.
