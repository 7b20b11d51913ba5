<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name></name>
    <message>
        <source>{0} cells selected.</source>
        <translation>Выбрано клеток: {0}.</translation>
    </message>
    <message>
        <source>added by hand</source>
        <translation>добавлена вручную</translation>
    </message>
    <message>
        <source>corrected (the model said {0})</source>
        <translation>исправлена (модель: {0})</translation>
    </message>
    <message>
        <source>model {0} sure</source>
        <translation>уверенность модели {0}</translation>
    </message>
    <message>
        <source>not counted ({0})</source>
        <translation>не учтена ({0})</translation>
    </message>
    <message>
        <source>classifier stages: </source>
        <translation>этапы классификации: </translation>
    </message>
    <message>
        <source>Click</source>
        <extracomment>What the mouse and the keys the view handles itself (not actions) do.</extracomment>
        <translation>Щелчок</translation>
    </message>
    <message>
        <source>select a white cell; on a spot without one: add a cell there, then its class key</source>
        <translation>выбрать лейкоцит; в пустом месте: добавить там клетку, затем клавиша её класса</translation>
    </message>
    <message>
        <source>Shift+click</source>
        <translation>Shift+щелчок</translation>
    </message>
    <message>
        <source>always add a cell, even inside another cell&apos;s box</source>
        <translation>всегда добавить клетку, даже внутри рамки другой</translation>
    </message>
    <message>
        <source>Ctrl+click</source>
        <translation>Ctrl+щелчок</translation>
    </message>
    <message>
        <source>add a cell to the selection (Gallery: Ctrl/Shift+click)</source>
        <translation>добавить клетку к выбору (Галерея: Ctrl/Shift+щелчок)</translation>
    </message>
    <message>
        <source>Drag</source>
        <translation>Перетаскивание</translation>
    </message>
    <message>
        <source>draw the box of a missed cell, then its class key</source>
        <translation>нарисовать рамку пропущенной клетки, затем клавиша её класса</translation>
    </message>
    <message>
        <source>Drag a selected box&apos;s corner</source>
        <translation>Перетащить угол выбранной рамки</translation>
    </message>
    <message>
        <source>resize the box</source>
        <translation>изменить размер рамки</translation>
    </message>
    <message>
        <source>Right-click</source>
        <translation>Правый щелчок</translation>
    </message>
    <message>
        <source>the cell&apos;s menu: class, corrections, explain</source>
        <translation>меню клетки: класс, исправления, объяснение</translation>
    </message>
    <message>
        <source>Middle-drag / wheel</source>
        <translation>Перетаскивание средней кнопкой / колесо</translation>
    </message>
    <message>
        <source>pan / zoom the field</source>
        <translation>сдвиг / масштаб поля</translation>
    </message>
    <message>
        <source>Tab / Shift+Tab</source>
        <translation>Tab / Shift+Tab</translation>
    </message>
    <message>
        <source>next / previous white cell in reading order</source>
        <translation>следующий / предыдущий лейкоцит в порядке чтения</translation>
    </message>
    <message>
        <source>Gallery: drag</source>
        <translation>Галерея: перетаскивание</translation>
    </message>
    <message>
        <source>drop the selected cells on another class row</source>
        <translation>перенести выбранные клетки на строку другого класса</translation>
    </message>
    <message>
        <source>Gallery: double-click</source>
        <translation>Галерея: двойной щелчок</translation>
    </message>
    <message>
        <source>see the cell in its field</source>
        <translation>показать клетку в её поле</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Клавиши</translation>
    </message>
    <message>
        <source>Mouse and view</source>
        <translation>Мышь и вид</translation>
    </message>
    <message>
        <source>Every other command is in the menus: Alt and the underlined letter.</source>
        <translation>Все остальные команды — в меню: Alt и подчёркнутая буква.</translation>
    </message>
    <message>
        <source>Keys and mouse</source>
        <translation>Клавиши и мышь</translation>
    </message>
    <message>
        <source>Go on anyway? Your choice is kept in the audit trail.</source>
        <translation>Всё равно продолжить? Ваш выбор сохранится в журнале.</translation>
    </message>
    <message>
        <source>Finish slide</source>
        <translation>Завершить препарат</translation>
    </message>
    <message>
        <source>Finish anyway</source>
        <translation>Всё равно завершить</translation>
    </message>
    <message>
        <source>Comment (optional):</source>
        <translation>Комментарий (необязательно):</translation>
    </message>
    <message>
        <source>Sign slide</source>
        <translation>Подписать препарат</translation>
    </message>
    <message>
        <source>Sign anyway</source>
        <translation>Всё равно подписать</translation>
    </message>
    <message>
        <source>Operator name (the slide becomes read-only):</source>
        <translation>Имя исполнителя (препарат станет только для чтения):</translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation>Не подписано</translation>
    </message>
    <message>
        <source>{0} has no signing PIN yet: set one in Settings, then sign.</source>
        <translation>У {0} ещё нет PIN-кода подписи: задайте его в Настройках, затем подпишите.</translation>
    </message>
    <message>
        <source>Signing PIN of {0}:</source>
        <translation>PIN-код подписи {0}:</translation>
    </message>
    <message>
        <source>That is not the signing PIN of {0}.</source>
        <translation>Это не PIN-код подписи {0}.</translation>
    </message>
    <message>
        <source>adding a cell</source>
        <extracomment>A store action&apos;s kind -&gt; what a person calls it.</extracomment>
        <translation>добавление клетки</translation>
    </message>
    <message>
        <source>resizing a cell</source>
        <translation>изменение размера клетки</translation>
    </message>
    <message>
        <source>class change</source>
        <translation>смена класса</translation>
    </message>
    <message>
        <source>deleting a false detection</source>
        <translation>удаление ложного обнаружения</translation>
    </message>
    <message>
        <source>marking not counted</source>
        <translation>исключение из подсчёта</translation>
    </message>
    <message>
        <source>counting again</source>
        <translation>возврат в подсчёт</translation>
    </message>
    <message>
        <source>accepting</source>
        <translation>принятие</translation>
    </message>
    <message>
        <source>removing a field</source>
        <translation>удаление поля</translation>
    </message>
    <message>
        <source>re-analysing the field</source>
        <translation>повторный анализ поля</translation>
    </message>
    <message>
        <source>editing the slide details</source>
        <translation>изменение данных препарата</translation>
    </message>
    <message>
        <source>finishing the slide</source>
        <translation>завершение препарата</translation>
    </message>
    <message>
        <source> of 1 cell</source>
        <translation> из 1 клетки</translation>
    </message>
    <message>
        <source> of {0} cells</source>
        <translation> из {0} клеток</translation>
    </message>
    <message>
        <source> in field {0}</source>
        <translation> в поле {0}</translation>
    </message>
    <message>
        <source>Slide not deleted</source>
        <translation>Препарат не удалён</translation>
    </message>
    <message>
        <source>A signed slide cannot be deleted; unsign it first (an audited act).</source>
        <translation>Подписанный препарат нельзя удалить; сначала снимите подпись (это записывается в журнал).</translation>
    </message>
    <message>
        <source>Delete slide</source>
        <translation>Удалить препарат</translation>
    </message>
    <message>
        <source>Delete slide {0} with its {1} fields and {2} cells? Reason (kept in the audit trail):</source>
        <translation>Удалить препарат {0} с полями ({1}) и клетками ({2})? Причина (сохранится в журнале):</translation>
    </message>
    <message>
        <source>Slide {0} deleted.</source>
        <translation>Препарат {0} удалён.</translation>
    </message>
    <message>
        <source>Class</source>
        <extracomment>The corrections offered by the Edit menu and the context menu, in that order.</extracomment>
        <translation>Класс</translation>
    </message>
    <message>
        <source>Remove field {0} ({1}) and its {2} white cells from the count? Undo (Ctrl+Z) brings it back.</source>
        <translation>Убрать поле {0} ({1}) и его лейкоциты ({2}) из подсчёта? Отмена (Ctrl+Z) вернёт его.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>Delete false detection</source>
        <translation>Удалить ложное обнаружение</translation>
    </message>
    <message>
        <source>Not counted: {0}</source>
        <translation>Не учитывать: {0}</translation>
    </message>
    <message>
        <source>Count again</source>
        <translation>Учитывать снова</translation>
    </message>
    <message>
        <source>Accept and go to next to review</source>
        <translation>Принять и перейти к следующей на проверку</translation>
    </message>
    <message>
        <source>Next cell to review</source>
        <translation>Следующая клетка на проверку</translation>
    </message>
    <message>
        <source>Next field</source>
        <translation>Следующее поле</translation>
    </message>
    <message>
        <source>Previous field</source>
        <translation>Предыдущее поле</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Увеличить</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Уменьшить</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>По размеру</translation>
    </message>
    <message>
        <source>1:1</source>
        <translation>1:1</translation>
    </message>
    <message>
        <source>Re-analyse field</source>
        <translation>Анализ поля заново</translation>
    </message>
    <message>
        <source>Remove field</source>
        <translation>Убрать поле</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Explain: what the classifier looked at</source>
        <translation>Объяснить: на что смотрел классификатор</translation>
    </message>
    <message>
        <source>Capture field</source>
        <translation>Снять поле</translation>
    </message>
    <message>
        <source>Show labels</source>
        <translation>Показывать подписи</translation>
    </message>
    <message>
        <source>Show keypad</source>
        <translation>Показать клавиатуру</translation>
    </message>
    <message>
        <source>&amp;New slide…</source>
        <translation>&amp;Новый препарат…</translation>
    </message>
    <message>
        <source>&amp;Open images…</source>
        <translation>&amp;Открыть изображения…</translation>
    </message>
    <message>
        <source>Open &amp;folder…</source>
        <translation>Открыть &amp;папку…</translation>
    </message>
    <message>
        <source>&amp;Import a model…</source>
        <translation>&amp;Импорт модели…</translation>
    </message>
    <message>
        <source>&amp;Slides</source>
        <translation>&amp;Препараты</translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation>&amp;Экспорт отчёта…</translation>
    </message>
    <message>
        <source>Export &amp;PDF summary…</source>
        <translation>Экспорт сводки &amp;PDF…</translation>
    </message>
    <message>
        <source>&amp;Print summary…</source>
        <translation>&amp;Печать сводки…</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <source>&amp;Database…</source>
        <translation>&amp;База данных…</translation>
    </message>
    <message>
        <source>&amp;People…</source>
        <translation>&amp;Пользователи…</translation>
    </message>
    <message>
        <source>P&amp;ublish profile…</source>
        <translation>&amp;Опубликовать профиль…</translation>
    </message>
    <message>
        <source>&amp;Lab adaptation…</source>
        <translation>&amp;Адаптация к лаборатории…</translation>
    </message>
    <message>
        <source>Export &amp;training data…</source>
        <translation>Экспорт &amp;обучающих данных…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <source>&amp;Keys and mouse…</source>
        <translation>&amp;Клавиши и мышь…</translation>
    </message>
    <message>
        <source>&amp;Finish slide…</source>
        <translation>&amp;Завершить препарат…</translation>
    </message>
    <message>
        <source>&amp;Sign slide…</source>
        <translation>&amp;Подписать препарат…</translation>
    </message>
    <message>
        <source>&amp;Unsign slide…</source>
        <translation>&amp;Снять подпись…</translation>
    </message>
    <message>
        <source>Edit slide &amp;details…</source>
        <translation>&amp;Данные препарата…</translation>
    </message>
    <message>
        <source>&amp;Delete slide…</source>
        <translation>&amp;Удалить препарат…</translation>
    </message>
    <message>
        <source>Key  Category</source>
        <extracomment>Hidden in this order when the panel is narrow: 95% CI, absolute count, reference range.</extracomment>
        <translation>Клав.  Категория</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Число</translation>
    </message>
    <message>
        <source>95% CI</source>
        <translation>95% ДИ</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Референс</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Флаг</translation>
    </message>
    <message>
        <source>Sample / slide</source>
        <translation>Проба / препарат</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Пациент</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Поля</translation>
    </message>
    <message>
        <source>WBC counted</source>
        <translation>Учтено лейкоцитов</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Цель</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Последнее изменение</translation>
    </message>
    <message>
        <source>YOLO detection set (images + one label file each)</source>
        <translation>Набор для детекции YOLO (изображения + файл меток к каждому)</translation>
    </message>
    <message>
        <source>COCO JSON (images + annotations.json)</source>
        <translation>COCO JSON (изображения + annotations.json)</translation>
    </message>
    <message>
        <source>White-cell crops in class folders</source>
        <translation>Вырезки лейкоцитов по папкам классов</translation>
    </message>
    <message>
        <source>Training data written to {0}: {1} slide(s), {2} cells.</source>
        <translation>Данные для обучения записаны в {0}: препаратов — {1}, клеток — {2}.</translation>
    </message>
    <message>
        <source>Exporting training data</source>
        <translation>Экспорт данных для обучения</translation>
    </message>
    <message>
        <source>Training data not written</source>
        <translation>Данные для обучения не записаны</translation>
    </message>
    <message>
        <source>Loading the models</source>
        <translation>Загрузка моделей</translation>
    </message>
    <message>
        <source> (adapted)</source>
        <translation> (адаптирована)</translation>
    </message>
    <message>
        <source>{0}: {1} on {2}</source>
        <translation>{0}: {1} на {2}</translation>
    </message>
    <message>
        <source>The analysis</source>
        <translation>Анализ</translation>
    </message>
    <message>
        <source>{0}: the analysis</source>
        <translation>{0}: анализ</translation>
    </message>
    <message>
        <source>Images or a zip of cell images</source>
        <translation>Изображения или zip с изображениями клеток</translation>
    </message>
    <message>
        <source>Open images</source>
        <translation>Открыть изображения</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Открыть папку</translation>
    </message>
    <message>
        <source>No slide open</source>
        <translation>Препарат не открыт</translation>
    </message>
    <message>
        <source>Create or open a slide first, then add its fields.</source>
        <translation>Сначала создайте или откройте препарат, затем добавьте поля.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Slide</source>
        <translation>П&amp;репарат</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Основная</translation>
    </message>
    <message>
        <source>Sign in — SmearCount</source>
        <extracomment>Start-up benchmarks: quit as soon as the window is up (bench/startup.py).</extracomment>
        <translation>Вход — SmearCount</translation>
    </message>
    <message>
        <source>technician</source>
        <translation>лаборант</translation>
    </message>
    <message>
        <source>reviewer</source>
        <translation>проверяющий</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>администратор</translation>
    </message>
    <message>
        <source>{0} ({1}) on {2}</source>
        <translation>{0} ({1}) на {2}</translation>
    </message>
    <message>
        <source>{0} at {1} since {2}</source>
        <translation>{0} на {1} с {2}</translation>
    </message>
    <message>
        <source>Slide in use</source>
        <translation>Препарат занят</translation>
    </message>
    <message>
        <source>This slide is open at another station: {0}. Open it here to look at it only, or take it over (the other station then takes no more changes to it)?</source>
        <translation>Этот препарат открыт на другом рабочем месте: {0}. Открыть его здесь только для просмотра или забрать (другое рабочее место больше не сможет его менять)?</translation>
    </message>
    <message>
        <source>Look only</source>
        <translation>Только просмотр</translation>
    </message>
    <message>
        <source>Take over</source>
        <translation>Забрать</translation>
    </message>
    <message>
        <source>Following the other station</source>
        <translation>Отслеживание другого рабочего места</translation>
    </message>
    <message>
        <source>{0} at {1} deleted this slide: there is nothing more to see.</source>
        <translation>{0} на {1} удалил(а) этот препарат: больше нечего смотреть.</translation>
    </message>
    <message>
        <source>{0} at {1} signed this slide.</source>
        <translation>{0} на {1} подписал(а) этот препарат.</translation>
    </message>
    <message>
        <source>{0} at {1} finished counting this slide.</source>
        <translation>{0} на {1} завершил(а) подсчёт этого препарата.</translation>
    </message>
    <message>
        <source>Nobody has this slide open now: the other station closed it, or stopped answering.</source>
        <translation>Сейчас этот препарат никем не открыт: другое рабочее место закрыло его или перестало отвечать.</translation>
    </message>
    <message>
        <source>Take it over to count on it here.</source>
        <translation>Заберите его, чтобы считать здесь.</translation>
    </message>
    <message>
        <source>{0} took this slide over: this window takes no more changes to it.</source>
        <translation>{0} забрал(а) этот препарат: это окно больше не принимает изменений.</translation>
    </message>
    <message>
        <source>{0} Nothing is counted until it answers again; everything shown is saved on the server.</source>
        <translation>{0} Подсчёт невозможен, пока сервер снова не ответит; всё, что показано, сохранено на сервере.</translation>
    </message>
    <message>
        <source>The lab server answers again; the slide was read again from it.</source>
        <translation>Сервер лаборатории снова отвечает; препарат заново прочитан с него.</translation>
    </message>
    <message>
        <source>Lab adaptation refitted: {0} stage(s), {1} switched on.</source>
        <translation>Адаптация к лаборатории пересчитана: этапов — {0}, включено — {1}.</translation>
    </message>
    <message>
        <source>Fitting the lab adaptation</source>
        <translation>Подгонка адаптации к лаборатории</translation>
    </message>
    <message>
        <source>{0} stopped on an unexpected error ({1}). See the log.</source>
        <translation>{0}: остановка из-за непредвиденной ошибки ({1}). Подробности в журнале.</translation>
    </message>
    <message>
        <source>The camera sent a picture in a format that cannot be shown.</source>
        <translation>Камера прислала изображение в формате, который нельзя показать.</translation>
    </message>
    <message>
        <source>{0} stopped.</source>
        <translation>{0}: остановлено.</translation>
    </message>
    <message>
        <source>{0} stopped sending pictures (unplugged or busy?). Plug it in (or close the other program) and press Start.</source>
        <translation>{0} перестала передавать изображение (отключена или занята?). Подключите её (или закройте другую программу) и нажмите «Пуск».</translation>
    </message>
    <message>
        <source>That camera is no longer connected. Plug it in and press Start.</source>
        <translation>Эта камера больше не подключена. Подключите её и нажмите «Пуск».</translation>
    </message>
    <message>
        <source>The camera reported a problem: {0}. Press Start to try again.</source>
        <translation>Камера сообщила о проблеме: {0}. Нажмите «Пуск», чтобы попробовать снова.</translation>
    </message>
    <message>
        <source>Keep counting on this computer</source>
        <translation>Продолжить подсчёт на этом компьютере</translation>
    </message>
    <message>
        <source>Send now</source>
        <translation>Отправить сейчас</translation>
    </message>
    <message>
        <source>Waiting to be sent to the lab server: {0}.</source>
        <translation>Ожидают отправки на сервер лаборатории: {0}.</translation>
    </message>
    <message>
        <source>Copying the slide to this computer</source>
        <translation>Копирование препарата на этот компьютер</translation>
    </message>
    <message>
        <source>Counting on this computer — will be sent to the lab server when it answers again.</source>
        <translation>Подсчёт идёт на этом компьютере — препарат будет отправлен на сервер лаборатории, когда тот снова ответит.</translation>
    </message>
    <message>
        <source>Not copied to this computer</source>
        <translation>Не скопировано на этот компьютер</translation>
    </message>
    <message>
        <source>Sending to the lab server</source>
        <translation>Отправка на сервер лаборатории</translation>
    </message>
    <message>
        <source>Sent to the lab server</source>
        <translation>Отправлено на сервер лаборатории</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Не отправлено</translation>
    </message>
    <message>
        <source>{0} It keeps waiting on this computer; send it with Send now.</source>
        <translation>{0} Препарат по-прежнему ждёт на этом компьютере; отправьте его кнопкой «Отправить сейчас».</translation>
    </message>
    <message>
        <source>The models could not be loaded, so there is nothing to explain with (the status bar says why).</source>
        <translation>Модели не удалось загрузить, поэтому объяснять нечем (причина — в строке состояния).</translation>
    </message>
    <message>
        <source>This cell was not typed by a classifier (its label is the detector&apos;s).</source>
        <translation>Тип этой клетки определил не классификатор (её метка — от детектора).</translation>
    </message>
    <message>
        <source>Publish a profile</source>
        <translation>Опубликовать профиль</translation>
    </message>
    <message>
        <source>Profiles (*.json)</source>
        <translation>Профили (*.json)</translation>
    </message>
    <message>
        <source>The lab profile&apos;s name (empty: the profile&apos;s own name):</source>
        <translation>Имя профиля лаборатории (пусто: собственное имя профиля):</translation>
    </message>
    <message>
        <source>Publishing {0}…</source>
        <translation>Публикация {0}…</translation>
    </message>
    <message>
        <source>Publishing the profile</source>
        <translation>Публикация профиля</translation>
    </message>
    <message>
        <source>Published as {0} v{1}: every station of the lab counts with it.</source>
        <translation>Опубликован как {0} v{1}: все рабочие места лаборатории считают по нему.</translation>
    </message>
    <message>
        <source>Profile not published</source>
        <translation>Профиль не опубликован</translation>
    </message>
</context>
<context>
    <name>AnalysisStatus</name>
    <message>
        <source>Models: not loaded yet</source>
        <translation>Модели: ещё не загружены</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Models: {0} (loaded for the next analysis)</source>
        <translation>Модели: {0} (загружены для следующего анализа)</translation>
    </message>
    <message>
        <source>Analysing {0} of {1}</source>
        <translation>Анализ {0} из {1}</translation>
    </message>
    <message>
        <source>Models: loading {0}…</source>
        <translation>Модели: загрузка {0}…</translation>
    </message>
    <message>
        <source>Models: </source>
        <translation>Модели: </translation>
    </message>
    <message>
        <source>Models: not available</source>
        <translation>Модели: недоступны</translation>
    </message>
    <message>
        <source>Models not available</source>
        <translation>Модели недоступны</translation>
    </message>
    <message>
        <source>Fields are still added and can be counted by hand. Fix the slide&apos;s model profile (its files, or import the model again), then Re-analyse (Ctrl+R) loads it again.</source>
        <translation>Поля по-прежнему добавляются и считаются вручную. Исправьте профиль моделей препарата (его файлы или импортируйте модель заново), затем «Анализ заново» (Ctrl+R) загрузит его снова.</translation>
    </message>
</context>
<context>
    <name>CameraPanel</name>
    <message>
        <source>camera default</source>
        <extracomment>How long the image folder source shows each image: a technician&apos;s pause on a place. What the technician chooses from: where the frames come from.</extracomment>
        <translation>по умолчанию камеры</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Пуск</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Стоп</translation>
    </message>
    <message>
        <source>Capture (Space)</source>
        <translation>Снимок (Пробел)</translation>
    </message>
    <message>
        <source>Auto-capture each new place once it is still and sharp</source>
        <translation>Автоснимок каждого нового места, когда оно неподвижно и резкое</translation>
    </message>
    <message>
        <source>Live count</source>
        <translation>Подсчёт вживую</translation>
    </message>
    <message>
        <source>Draw the detector&apos;s white cells on the live view, as a capture would count</source>
        <translation>Показывать лейкоциты детектора на живом изображении, как их посчитал бы снимок</translation>
    </message>
    <message>
        <source>Mirror</source>
        <translation>Зеркально</translation>
    </message>
    <message>
        <source>Exposure </source>
        <translation>Экспозиция </translation>
    </message>
    <message>
        <source>No camera running. Choose a source and press Start.</source>
        <translation>Камера не запущена. Выберите источник и нажмите «Пуск».</translation>
    </message>
    <message>
        <source>Camera {0} (OpenCV)</source>
        <translation>Камера {0} (OpenCV)</translation>
    </message>
    <message>
        <source>Video file…</source>
        <translation>Видеофайл…</translation>
    </message>
    <message>
        <source>Image folder…</source>
        <translation>Папка изображений…</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Камера</translation>
    </message>
    <message>
        <source>Image folder</source>
        <translation>Папка изображений</translation>
    </message>
    <message>
        <source>Video file</source>
        <translation>Видеофайл</translation>
    </message>
    <message>
        <source>Videos ({0})</source>
        <translation>Видео ({0})</translation>
    </message>
    <message>
        <source>Counting the live view…</source>
        <translation>Подсчёт живого изображения…</translation>
    </message>
    <message>
        <source>In view: {0} WBC · slide so far: {1}</source>
        <translation>В кадре: {0} лейкоц. · препарат пока: {1}</translation>
    </message>
    <message>
        <source>Press Start to play it again.</source>
        <translation>Нажмите «Пуск», чтобы воспроизвести снова.</translation>
    </message>
    <message>
        <source>{0} fps</source>
        <translation>{0} кадр/с</translation>
    </message>
    <message>
        <source>focus {0}</source>
        <translation>фокус {0}</translation>
    </message>
    <message>
        <source>Not captured: this is field {0} again. Move the stage to a new place.</source>
        <translation>Не снято: это снова поле {0}. Передвиньте столик на новое место.</translation>
    </message>
    <message>
        <source>Not captured: this place was just captured. Move the stage.</source>
        <translation>Не снято: это место только что снято. Передвиньте столик.</translation>
    </message>
</context>
<context>
    <name>Corrections</name>
    <message>
        <source>Select a cell first (click, or Tab).</source>
        <translation>Сначала выберите клетку (щелчок или Tab).</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>Нечего отменять.</translation>
    </message>
    <message>
        <source>Redone</source>
        <translation>Повторено</translation>
    </message>
    <message>
        <source>Nothing to redo.</source>
        <translation>Нечего повторять.</translation>
    </message>
</context>
<context>
    <name>CountPanel</name>
    <message>
        <source>{0}: {1} ({2} / 100 WBC)</source>
        <translation>{0}: {1} ({2} / 100 лейкоц.)</translation>
    </message>
    <message>
        <source>WBC {0} ×10⁹/L</source>
        <translation>WBC {0} ×10⁹/л</translation>
    </message>
    <message>
        <source>corrected WBC {0}</source>
        <translation>скорр. WBC {0}</translation>
    </message>
    <message>
        <source>BLASTS: {0} ({1}%)</source>
        <translation>БЛАСТЫ: {0} ({1}%)</translation>
    </message>
    <message>
        <source>Target of {0} cells reached</source>
        <translation>Цель {0} клеток достигнута</translation>
    </message>
</context>
<context>
    <name>DatabaseDialog</name>
    <message>
        <source>Database</source>
        <translation>База данных</translation>
    </message>
    <message>
        <source>This computer (its own slides)</source>
        <translation>Этот компьютер (его собственные препараты)</translation>
    </message>
    <message>
        <source>Lab server (the slides of every station)</source>
        <translation>Сервер лаборатории (препараты всех рабочих мест)</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Проверить подключение</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Адрес сервера</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ваше имя</translation>
    </message>
    <message>
        <source>Your password</source>
        <translation>Ваш пароль</translation>
    </message>
    <message>
        <source>The server address, your name and your password are needed.</source>
        <translation>Нужны адрес сервера, ваше имя и ваш пароль.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Подключение…</translation>
    </message>
    <message>
        <source>Connecting to the lab server</source>
        <translation>Подключение к серверу лаборатории</translation>
    </message>
    <message>
        <source>Connected: {0} can work here.</source>
        <translation>Подключено: {0} может работать здесь.</translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message>
        <source>The slide database</source>
        <extracomment>How a message reaches the person; replaced in tests (a modal dialog would block them).</extracomment>
        <translation>База данных препаратов</translation>
    </message>
    <message>
        <source>{0} Your earlier work is in the database and its daily backups; run python -m app slides verify to see what is damaged.</source>
        <translation>{0} Прежняя работа есть в базе и её ежедневных копиях; запустите python -m app slides verify, чтобы увидеть, что повреждено.</translation>
    </message>
    <message>
        <source>SmearCount</source>
        <translation>SmearCount</translation>
    </message>
    <message>
        <source>Unexpected problem</source>
        <translation>Непредвиденная ошибка</translation>
    </message>
    <message>
        <source>SmearCount met an unexpected problem ({0}). Your work up to this point is saved. Details are in the log file.</source>
        <translation>SmearCount столкнулся с непредвиденной ошибкой ({0}). Работа до этого момента сохранена. Подробности — в файле журнала.</translation>
    </message>
</context>
<context>
    <name>Explainer</name>
    <message>
        <source>Select one cell to explain.</source>
        <translation>Выберите одну клетку для объяснения.</translation>
    </message>
    <message>
        <source>Explaining the selected cell…</source>
        <translation>Объяснение выбранной клетки…</translation>
    </message>
    <message>
        <source>The explanation</source>
        <translation>Объяснение</translation>
    </message>
    <message>
        <source>Bright = what mattered for &apos;{0}&apos; ({1}); {2} forward passes, {3} s.</source>
        <translation>Светлое = важное для «{0}» ({1}); {2} прогонов, {3} с.</translation>
    </message>
</context>
<context>
    <name>FieldIntake</name>
    <message>
        <source>Import stopped when the slide was closed: {0} image(s) stored as fields (analysed when the slide is opened again), {1} not read.</source>
        <translation>Импорт остановлен при закрытии препарата: изображений сохранено как поля — {0} (будут проанализированы при следующем открытии), не прочитано — {1}.</translation>
    </message>
    <message>
        <source>Opening {0} image(s)…</source>
        <translation>Открытие изображений: {0}…</translation>
    </message>
    <message>
        <source>Slide signed</source>
        <translation>Препарат подписан</translation>
    </message>
    <message>
        <source>This slide is signed; unsign it to add fields.</source>
        <translation>Препарат подписан; снимите подпись, чтобы добавить поля.</translation>
    </message>
    <message>
        <source>Field {0}: {1}. Consider capturing it again.</source>
        <translation>Поле {0}: {1}. Возможно, стоит снять его заново.</translation>
    </message>
    <message>
        <source>Some images were not added or not analysed</source>
        <translation>Некоторые изображения не добавлены или не проанализированы</translation>
    </message>
    <message>
        <source>Analysis finished.</source>
        <translation>Анализ завершён.</translation>
    </message>
</context>
<context>
    <name>FieldStrip</name>
    <message>
        <source>analysing…</source>
        <translation>анализ…</translation>
    </message>
    <message>
        <source>analysis failed</source>
        <translation>анализ не удался</translation>
    </message>
    <message>
        <source>{0} WBC</source>
        <translation>{0} лейкоц.</translation>
    </message>
    <message>
        <source>✓ reviewed</source>
        <translation>✓ проверено</translation>
    </message>
</context>
<context>
    <name>Gallery</name>
    <message>
        <source>cell {0}, field {1}</source>
        <extracomment>The dragged cells travel as their ids, so any row can take them.</extracomment>
        <translation>клетка {0}, поле {1}</translation>
    </message>
    <message>
        <source>{0} selected: press a class key or drag them onto a row.</source>
        <translation>Выбрано {0}: нажмите клавишу класса или перетащите на строку.</translation>
    </message>
    <message>
        <source>Click a cell to select it (Ctrl/Shift+click for more); double-click to see it in its field.</source>
        <translation>Щёлкните клетку, чтобы выбрать (Ctrl/Shift+щелчок — ещё); двойной щелчок покажет её в поле.</translation>
    </message>
    <message>
        <source>No white cells yet: they appear here once fields are analysed.</source>
        <translation>Лейкоцитов пока нет: они появятся здесь после анализа полей.</translation>
    </message>
</context>
<context>
    <name>LabAdaptationDialog</name>
    <message>
        <source>Lab adaptation</source>
        <translation>Адаптация к лаборатории</translation>
    </message>
    <message>
        <source>SmearCount learns this lab&apos;s microscope from the cells you confirmed or corrected (reviewed, relabelled, accepted with Enter) on slides of the profile &apos;{0}&apos;. A fit is checked on whole slides it did not see and types new analyses only when it beats the models alone by {1} of top-1 there (from {2} slides on). Cells already typed keep their labels; re-analyse a field to retype it.</source>
        <translation>SmearCount изучает микроскоп этой лаборатории по клеткам, которые вы подтвердили или исправили (проверили, переклассифицировали, приняли клавишей Enter) на препаратах профиля «{0}». Подгонка проверяется на целых препаратах, которых она не видела, и классифицирует новые анализы, только если там превосходит одни модели на {1} по top-1 (начиная с {2} препаратов). Уже классифицированные клетки сохраняют классы; проанализируйте поле заново, чтобы переклассифицировать.</translation>
    </message>
    <message>
        <source>Use the lab adaptation for new analyses</source>
        <translation>Применять адаптацию к новым анализам</translation>
    </message>
    <message>
        <source>Refit now</source>
        <translation>Переобучить сейчас</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Сбросить</translation>
    </message>
    <message>
        <source>This profile has no classifier.</source>
        <translation>В этом профиле нет классификатора.</translation>
    </message>
    <message>
        <source>Fitting… (the window can be used meanwhile)</source>
        <translation>Подгонка… (окном можно пользоваться)</translation>
    </message>
    <message>
        <source>Lab adaptation not fitted</source>
        <translation>Адаптация не выполнена</translation>
    </message>
    <message>
        <source>Lab adaptation not reset</source>
        <translation>Адаптация не сброшена</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>SmearCount — Slides</source>
        <translation>SmearCount — Препараты</translation>
    </message>
    <message>
        <source> (signed, read-only)</source>
        <translation> (подписан, только чтение)</translation>
    </message>
    <message>
        <source> (finished)</source>
        <translation> (завершён)</translation>
    </message>
    <message>
        <source> (counting on this computer — will be sent to the lab server)</source>
        <translation> (подсчёт на этом компьютере — будет отправлен на сервер лаборатории)</translation>
    </message>
    <message>
        <source> (looking only: open at another station)</source>
        <translation> (только просмотр: открыт на другом рабочем месте)</translation>
    </message>
    <message>
        <source>Import stopped</source>
        <translation>Импорт остановлен</translation>
    </message>
    <message>
        <source>Unsign slide</source>
        <translation>Снять подпись препарата</translation>
    </message>
    <message>
        <source>Reason (kept in the audit trail):</source>
        <translation>Причина (сохранится в журнале):</translation>
    </message>
    <message>
        <source>Profile saved: {0}</source>
        <translation>Профиль сохранён: {0}</translation>
    </message>
    <message>
        <source>Slides from {0}.</source>
        <translation>Препараты из {0}.</translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation>Настройки не сохранены</translation>
    </message>
    <message>
        <source>Lab adaptation not refitted: </source>
        <translation>Адаптация не переобучена: </translation>
    </message>
</context>
<context>
    <name>ModelForm</name>
    <message>
        <source>Class</source>
        <translation>Класс</translation>
    </message>
    <message>
        <source>Counts as</source>
        <translation>Считается как</translation>
    </message>
    <message>
        <source>Classes (in output order)</source>
        <translation>Классы (в порядке выхода)</translation>
    </message>
    <message>
        <source>Colour order</source>
        <translation>Порядок цветов</translation>
    </message>
    <message>
        <source>Input range</source>
        <translation>Диапазон входа</translation>
    </message>
    <message>
        <source>Detector output format</source>
        <translation>Формат выхода детектора</translation>
    </message>
    <message>
        <source>Score threshold</source>
        <translation>Порог оценки</translation>
    </message>
    <message>
        <source>Crop context (x box)</source>
        <translation>Контекст вырезки (× рамка)</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Использование</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Имя профиля</translation>
    </message>
    <message>
        <source>Classes SmearCount does not know</source>
        <translation>Классы, неизвестные SmearCount</translation>
    </message>
    <message>
        <source>Detector, own profile</source>
        <translation>Детектор, свой профиль</translation>
    </message>
    <message>
        <source>Detector, white cells typed by SmearCount&apos;s classifier</source>
        <translation>Детектор, лейкоциты классифицирует классификатор SmearCount</translation>
    </message>
    <message>
        <source>Single-cell images (no detector)</source>
        <translation>Изображения отдельных клеток (без детектора)</translation>
    </message>
    <message>
        <source>Types the white cells SmearCount&apos;s detector finds</source>
        <translation>Классифицирует лейкоциты, найденные детектором SmearCount</translation>
    </message>
    <message>
        <source>Template {0}: {1} ({2})</source>
        <translation>Шаблон {0}: {1} ({2})</translation>
    </message>
    <message>
        <source>This template expects {0} classes ({1}); the model has {2}.</source>
        <translation>Шаблон ожидает классов: {0} ({1}); у модели их {2}.</translation>
    </message>
</context>
<context>
    <name>ModelImportDialog</name>
    <message>
        <source>Import a model</source>
        <translation>Импорт модели</translation>
    </message>
    <message>
        <source>Choose model…</source>
        <translation>Выбрать модель…</translation>
    </message>
    <message>
        <source>Settings file…</source>
        <translation>Файл настроек…</translation>
    </message>
    <message>
        <source>A manifest (.json) from the model&apos;s maker, if it is not beside the model</source>
        <translation>Манифест (.json) от автора модели, если его нет рядом с моделью</translation>
    </message>
    <message>
        <source>No model chosen.</source>
        <translation>Модель не выбрана.</translation>
    </message>
    <message>
        <source>Run self-test</source>
        <translation>Запустить самопроверку</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>Сохранить профиль</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Reference images: three rendered fields, plus the lab&apos;s own in {0}</source>
        <translation>Эталонные изображения: три синтезированных поля и собственные изображения лаборатории в {0}</translation>
    </message>
    <message>
        <source>Choose an ONNX model</source>
        <translation>Выберите модель ONNX</translation>
    </message>
    <message>
        <source>ONNX models (*.onnx)</source>
        <translation>Модели ONNX (*.onnx)</translation>
    </message>
    <message>
        <source>Choose the model&apos;s settings</source>
        <translation>Выберите настройки модели</translation>
    </message>
    <message>
        <source>Manifests (*.json)</source>
        <translation>Манифесты (*.json)</translation>
    </message>
    <message>
        <source>Reading {0}…</source>
        <translation>Чтение {0}…</translation>
    </message>
    <message>
        <source>Reading the model</source>
        <translation>Чтение модели</translation>
    </message>
    <message>
        <source>assumed: {0}</source>
        <translation>предположено: {0}</translation>
    </message>
    <message>
        <source>Read:</source>
        <translation>Прочитано:</translation>
    </message>
    <message>
        <source>Running the self-test…</source>
        <translation>Самопроверка…</translation>
    </message>
    <message>
        <source>The self-test</source>
        <translation>Самопроверка</translation>
    </message>
    <message>
        <source>&lt;b&gt;Self-test passed.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Самопроверка пройдена.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Self-test warnings: check the settings before saving.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Предупреждения самопроверки: проверьте настройки перед сохранением.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Save despite warnings?</source>
        <translation>Сохранить, несмотря на предупреждения?</translation>
    </message>
    <message>
        <source>The self-test warned:

{0}

Save the profile anyway?</source>
        <translation>Самопроверка предупредила:

{0}

Всё равно сохранить профиль?</translation>
    </message>
    <message>
        <source>Saved the profile {0}. Choose it for a new slide (or in Settings).</source>
        <translation>Профиль {0} сохранён. Выберите его для нового препарата (или в Настройках).</translation>
    </message>
</context>
<context>
    <name>NewSlideDialog</name>
    <message>
        <source>New slide</source>
        <translation>Новый препарат</translation>
    </message>
    <message>
        <source>Peripheral blood</source>
        <translation>Периферическая кровь</translation>
    </message>
    <message>
        <source>Bone marrow</source>
        <translation>Костный мозг</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>не указан</translation>
    </message>
    <message>
        <source>Sample / slide ID</source>
        <translation>№ пробы / препарата</translation>
    </message>
    <message>
        <source>Patient ID</source>
        <translation>ID пациента</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Возраст</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Пол</translation>
    </message>
    <message>
        <source>Specimen</source>
        <translation>Материал</translation>
    </message>
    <message>
        <source>Stain</source>
        <translation>Окраска</translation>
    </message>
    <message>
        <source>WBC count (×10⁹/L)</source>
        <translation>WBC (×10⁹/л)</translation>
    </message>
    <message>
        <source>Target (cells)</source>
        <translation>Цель (клеток)</translation>
    </message>
    <message>
        <source>Model profile</source>
        <translation>Профиль моделей</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <source>Slide details</source>
        <translation>Данные препарата</translation>
    </message>
    <message>
        <source>The sample / slide ID is needed.</source>
        <translation>Нужен № пробы / препарата.</translation>
    </message>
</context>
<context>
    <name>PeopleDialog</name>
    <message>
        <source>People</source>
        <translation>Пользователи</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Новый пароль</translation>
    </message>
    <message>
        <source>Set role</source>
        <translation>Сменить роль</translation>
    </message>
    <message>
        <source>Let go…</source>
        <translation>Отстранить…</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>The same again</source>
        <translation>Ещё раз</translation>
    </message>
    <message>
        <source>Listing the people</source>
        <translation>Получение списка пользователей</translation>
    </message>
    <message>
        <source>{0} can sign in as {1}.</source>
        <translation>{0} может входить с ролью «{1}».</translation>
    </message>
    <message>
        <source>{0} signs in with the new password.</source>
        <translation>{0} входит с новым паролем.</translation>
    </message>
    <message>
        <source>{0} is {1} from now on.</source>
        <translation>У {0} теперь роль «{1}».</translation>
    </message>
    <message>
        <source>Let go</source>
        <translation>Отстранить</translation>
    </message>
    <message>
        <source>{0} will no longer sign in at any station. Their name stays on every audit entry they made.</source>
        <translation>{0} больше не сможет входить ни на одном рабочем месте. Имя остаётся во всех его записях журнала аудита.</translation>
    </message>
    <message>
        <source>{0} no longer signs in.</source>
        <translation>{0} больше не может входить.</translation>
    </message>
    <message>
        <source>Choose a person in the list first.</source>
        <translation>Сначала выберите человека в списке.</translation>
    </message>
    <message>
        <source>The two passwords differ; nothing was changed.</source>
        <translation>Пароли не совпадают; ничего не изменено.</translation>
    </message>
    <message>
        <source>Changing the lab&apos;s people</source>
        <translation>Изменение пользователей лаборатории</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>Export report</source>
        <translation>Экспорт отчёта</translation>
    </message>
    <message>
        <source>Report written: {0}</source>
        <translation>Отчёт записан: {0}</translation>
    </message>
    <message>
        <source>Export PDF summary</source>
        <translation>Экспорт сводки PDF</translation>
    </message>
    <message>
        <source>PDF summary written: {0}</source>
        <translation>Сводка PDF записана: {0}</translation>
    </message>
    <message>
        <source>Summary ready to print</source>
        <translation>Сводка готова к печати</translation>
    </message>
    <message>
        <source>Result for the LIS in {0}</source>
        <translation>Результат для ЛИС в {0}</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>Не напечатано</translation>
    </message>
    <message>
        <source>Summary sent to the printer</source>
        <translation>Сводка отправлена на принтер</translation>
    </message>
    <message>
        <source> (DRAFT: the slide is not finished)</source>
        <translation> (ЧЕРНОВИК: препарат не завершён)</translation>
    </message>
    <message>
        <source>The report</source>
        <translation>Отчёт</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Запись отчёта…</translation>
    </message>
    <message>
        <source>Report not written</source>
        <translation>Отчёт не записан</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>model&apos;s own</source>
        <translation>как в модели</translation>
    </message>
    <message>
        <source>empty: estimated on each field from the red cells</source>
        <translation>пусто: оценивается по эритроцитам каждого поля</translation>
    </message>
    <message>
        <source>leave empty to keep the operator&apos;s PIN</source>
        <translation>оставьте пустым, чтобы сохранить PIN исполнителя</translation>
    </message>
    <message>
        <source>default per-user folder (restart to apply)</source>
        <translation>папка пользователя по умолчанию (после перезапуска)</translation>
    </message>
    <message>
        <source> WBC</source>
        <translation> лейкоц.</translation>
    </message>
    <message>
        <source>none: no CSV/HL7 result is written</source>
        <translation>нет: результат CSV/HL7 не пишется</translation>
    </message>
    <message>
        <source>The system&apos;s ({0})</source>
        <translation>Системный ({0})</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <source>Language (from the next start)</source>
        <translation>Язык (со следующего запуска)</translation>
    </message>
    <message>
        <source>Reports in English (for a referral lab)</source>
        <translation>Отчёты на английском (для референс-лаборатории)</translation>
    </message>
    <message>
        <source>Model profile</source>
        <translation>Профиль моделей</translation>
    </message>
    <message>
        <source>Detection threshold</source>
        <translation>Порог обнаружения</translation>
    </message>
    <message>
        <source>Camera scale (µm per pixel)</source>
        <translation>Масштаб камеры (мкм на пиксель)</translation>
    </message>
    <message>
        <source>For this camera and objective: photograph a stage micrometer and divide its length in µm by its length in pixels. Applies to fields analysed from now on.</source>
        <translation>Для этой камеры и объектива: сфотографируйте объект-микрометр и разделите его длину в мкм на длину в пикселях. Действует для полей, анализируемых с этого момента.</translation>
    </message>
    <message>
        <source>Review cells below confidence</source>
        <translation>Проверять клетки с уверенностью ниже</translation>
    </message>
    <message>
        <source>Show labels</source>
        <translation>Показывать подписи</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Цвета</translation>
    </message>
    <message>
        <source>Warn below focus score</source>
        <translation>Предупреждать при фокусе ниже</translation>
    </message>
    <message>
        <source>Sound at target</source>
        <translation>Звук при достижении цели</translation>
    </message>
    <message>
        <source>Lab name</source>
        <translation>Название лаборатории</translation>
    </message>
    <message>
        <source>Lab address</source>
        <translation>Адрес лаборатории</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Папка данных</translation>
    </message>
    <message>
        <source>Report paper</source>
        <translation>Бумага отчёта</translation>
    </message>
    <message>
        <source>High/low flags from</source>
        <translation>Флаги H/L начиная с</translation>
    </message>
    <message>
        <source>Result folder for the LIS (on signing)</source>
        <translation>Папка результатов для ЛИС (при подписи)</translation>
    </message>
    <message>
        <source>Operator&apos;s signing PIN (new)</source>
        <translation>PIN-код подписи исполнителя (новый)</translation>
    </message>
    <message>
        <source>Signing needs a PIN</source>
        <translation>Подпись требует PIN-кода</translation>
    </message>
    <message>
        <source>Key: {0}</source>
        <translation>Клавиша: {0}</translation>
    </message>
    <message>
        <source>Key {0} is given to {1}: give each category its own key.</source>
        <translation>Клавиша {0} назначена: {1}; дайте каждой категории свою клавишу.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> и </translation>
    </message>
    <message>
        <source>from the lab server: {0} v{1}</source>
        <translation>с сервера лаборатории: {0} v{1}</translation>
    </message>
    <message>
        <source>this computer&apos;s own profile</source>
        <translation>собственный профиль этого компьютера</translation>
    </message>
</context>
<context>
    <name>SlideTableModel</name>
    <message>
        <source>open</source>
        <translation>открыт</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>завершён</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>подписан</translation>
    </message>
</context>
<context>
    <name>SlideView</name>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Gallery</source>
        <translation>Галерея</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Камера</translation>
    </message>
    <message>
        <source>That is outside the image: click on the cell.</source>
        <translation>Это вне изображения: щёлкните по клетке.</translation>
    </message>
    <message>
        <source>No fields yet.

Add this slide&apos;s field images with File → Open images (Ctrl+O) or Open folder, drop image files here, or capture them in the Camera tab.</source>
        <translation>Полей пока нет.

Добавьте изображения полей через Файл → Открыть изображения (Ctrl+O) или Открыть папку, перетащите файлы сюда или снимите их на вкладке «Камера».</translation>
    </message>
    <message>
        <source>New cell: press its class key (Esc cancels).</source>
        <translation>Новая клетка: нажмите клавишу её класса (Esc — отмена).</translation>
    </message>
    <message>
        <source>Every cell has been reviewed.</source>
        <translation>Все клетки проверены.</translation>
    </message>
    <message>
        <source>Target of {0} cells reached.</source>
        <translation>Цель {0} клеток достигнута.</translation>
    </message>
</context>
<context>
    <name>StartView</name>
    <message>
        <source>Search sample or patient ID</source>
        <translation>Поиск по № пробы или ID пациента</translation>
    </message>
    <message>
        <source>All slides</source>
        <translation>Все препараты</translation>
    </message>
    <message>
        <source>Awaiting signature</source>
        <translation>Ожидают подписи</translation>
    </message>
    <message>
        <source>New slide…</source>
        <translation>Новый препарат…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>More slides…</source>
        <translation>Ещё препараты…</translation>
    </message>
    <message>
        <source>in use: {0}</source>
        <translation>занят: {0}</translation>
    </message>
    <message>
        <source>replaced by slide {0} (counted offline): kept for the record</source>
        <translation>заменён препаратом {0} (подсчитан без сервера): сохранён для истории</translation>
    </message>
    <message>
        <source>{0} slide(s) await a signature: flagged first, then the oldest.</source>
        <translation>Ожидают подписи: {0}. Сначала с флагами, затем самые старые.</translation>
    </message>
    <message>
        <source>No finished slide awaits a signature.</source>
        <translation>Нет завершённых препаратов, ожидающих подписи.</translation>
    </message>
    <message>
        <source>{0} unfinished slide(s): double-click to resume.</source>
        <translation>Незавершённых препаратов: {0}; двойной щелчок — продолжить.</translation>
    </message>
    <message>
        <source>Double-click a slide to open it, or start a New slide (Ctrl+N).</source>
        <translation>Двойной щелчок открывает препарат; или создайте новый (Ctrl+N).</translation>
    </message>
    <message>
        <source>No slide&apos;s sample or patient ID contains “{1}”.</source>
        <translation>Ни у одного препарата № пробы или ID пациента не содержит «{1}».</translation>
    </message>
    <message>
        <source>No slides yet. Press New slide (Ctrl+N) and give the sample ID; then add the field images with File → Open images (Ctrl+O), Open folder, by dropping image files on the window, or from the Camera tab.</source>
        <translation>Препаратов пока нет. Нажмите «Новый препарат» (Ctrl+N) и введите № пробы; затем добавьте изображения полей: Файл → Открыть изображения (Ctrl+O), Открыть папку, перетаскиванием файлов в окно или на вкладке «Камера».</translation>
    </message>
</context>
<context>
    <name>TargetBar</name>
    <message>
        <source>%1 of %2 cells</source>
        <translation>%1 из %2 клеток</translation>
    </message>
</context>
<context>
    <name>TrainingExportDialog</name>
    <message>
        <source>Export training data</source>
        <translation>Экспорт обучающих данных</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>Slides</source>
        <translation>Препараты</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <source>Empty folder</source>
        <translation>Пустая папка</translation>
    </message>
    <message>
        <source>Final boxes and classes only; no patient or sample ID is written (files are named by slide and field number).</source>
        <translation>Только итоговые рамки и классы; ID пациента и № пробы не пишутся (файлы названы по номерам препарата и поля).</translation>
    </message>
    <message>
        <source>Export training data to</source>
        <translation>Экспорт обучающих данных в</translation>
    </message>
    <message>
        <source>Choose at least one slide.</source>
        <translation>Выберите хотя бы один препарат.</translation>
    </message>
    <message>
        <source>Choose a folder to write to.</source>
        <translation>Выберите папку для записи.</translation>
    </message>
    <message>
        <source>Choose a new or empty folder.</source>
        <translation>Выберите новую или пустую папку.</translation>
    </message>
</context>
</TS>
