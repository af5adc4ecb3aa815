// Test support: a short text and its translations into Chinese (no spaces between words,
// full-width punctuation) and Arabic (right to left, letters without case), written for these
// tests. Paragraph k of every version translates paragraph k of the English.

export const INSTALL_GUIDE_EN = [
  'Chapter 3. Installing the System',
  'The installer needs at least 2 GB of memory and 20 GB of disk space. It runs on 64-bit PCs and on ARM boards.',
  "Download the image from the project's website. Check its SHA-256 checksum before you write it to a USB stick.",
  'Start the computer from the stick. The first screen asks for your language and your keyboard layout.',
  'The installer then looks for a network connection. If it finds none, you can configure one by hand or continue without it.',
  'Partitioning is the most delicate step. A mistake here can erase the data of another operating system, so make a backup first.',
  'When the base system is installed, choose the software you want: a desktop environment, a web server or an SSH server.',
  'The installation ends after about 30 minutes. Remove the stick and restart: the new system greets you with a login screen.',
  '3.1. Troubleshooting',
  'If the computer does not start from the stick, open the firmware settings with F2 or Del and change the boot order.',
  'Some laptops need the option "Secure Boot" switched off. The manual of version 12.4 lists the models known to need it.',
  'Write to installer@example.org if none of this helps, and attach the file /var/log/installer/syslog to your message.',
]

export const INSTALL_GUIDE_ZH = [
  '第 3 章 安装系统',
  '安装程序至少需要 2 GB 内存和 20 GB 磁盘空间。它可以在 64 位 PC 和 ARM 开发板上运行。',
  '从项目网站下载镜像。在将其写入 USB 闪存盘之前，请检查它的 SHA-256 校验和。',
  '从闪存盘启动计算机。第一个界面会询问您的语言和键盘布局。',
  '随后安装程序会寻找网络连接。如果找不到，您可以手动配置，也可以不联网继续安装。',
  '分区是最需要小心的一步。这里的一个错误可能会抹掉另一个操作系统的数据，所以请先做好备份。',
  '基本系统安装完成后，选择您需要的软件：桌面环境、Web 服务器或 SSH 服务器。',
  '安装大约 30 分钟后结束。拔出闪存盘并重新启动：新系统会以登录界面欢迎您。',
  '3.1. 故障排除',
  '如果计算机无法从闪存盘启动，请按 F2 或 Del 打开固件设置并更改启动顺序。',
  '有些笔记本电脑需要关闭“Secure Boot”选项。12.4 版的手册列出了已知需要这样做的型号。',
  '如果这些都没有帮助，请写信给 installer@example.org，并在邮件中附上文件 /var/log/installer/syslog。',
]

export const INSTALL_GUIDE_AR = [
  'الفصل 3. تثبيت النظام',
  'يحتاج برنامج التثبيت إلى 2 GB من الذاكرة على الأقل و20 GB من مساحة القرص. وهو يعمل على أجهزة PC بمعمارية 64 بت وعلى لوحات ARM.',
  'نزّل الصورة من موقع المشروع. تحقق من المجموع الاختباري SHA-256 قبل كتابتها على ذاكرة USB.',
  'شغّل الحاسوب من الذاكرة. تسألك الشاشة الأولى عن لغتك وتخطيط لوحة المفاتيح.',
  'يبحث برنامج التثبيت بعد ذلك عن اتصال بالشبكة. إن لم يجد أي اتصال، يمكنك إعداده يدويًا أو المتابعة بدونه.',
  'التقسيم هو أدق خطوة. قد يمحو خطأ هنا بيانات نظام تشغيل آخر، لذا أنشئ نسخة احتياطية أولًا.',
  'بعد تثبيت النظام الأساسي، اختر البرامج التي تريدها: بيئة سطح مكتب أو خادم ويب أو خادم SSH.',
  'ينتهي التثبيت بعد نحو 30 دقيقة. أزل الذاكرة وأعد التشغيل: سيرحب بك النظام الجديد بشاشة تسجيل الدخول.',
  '3.1. حل المشكلات',
  'إذا لم يبدأ الحاسوب من الذاكرة، افتح إعدادات البرنامج الثابت بالمفتاح F2 أو Del وغيّر ترتيب الإقلاع.',
  'تحتاج بعض الحواسيب المحمولة إلى تعطيل خيار "Secure Boot". يسرد دليل الإصدار 12.4 الطرازات المعروفة بحاجتها إلى ذلك.',
  'اكتب إلى installer@example.org إن لم يُفد شيء من هذا، وأرفق الملف ‎/var/log/installer/syslog برسالتك.',
]
