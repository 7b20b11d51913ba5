<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name></name>
    <message>
        <source>{0} cells selected.</source>
        <translation>{0} células seleccionadas.</translation>
    </message>
    <message>
        <source>added by hand</source>
        <translation>añadida a mano</translation>
    </message>
    <message>
        <source>corrected (the model said {0})</source>
        <translation>corregida (el modelo dijo {0})</translation>
    </message>
    <message>
        <source>model {0} sure</source>
        <translation>modelo seguro al {0}</translation>
    </message>
    <message>
        <source>not counted ({0})</source>
        <translation>no contada ({0})</translation>
    </message>
    <message>
        <source>classifier stages: </source>
        <translation>etapas del clasificador: </translation>
    </message>
    <message>
        <source>Click</source>
        <extracomment>What the mouse and the keys the view handles itself (not actions) do.</extracomment>
        <translation>Clic</translation>
    </message>
    <message>
        <source>select a white cell; on a spot without one: add a cell there, then its class key</source>
        <translation>elegir un leucocito; donde no hay ninguno: añadir allí una célula y luego la tecla de su clase</translation>
    </message>
    <message>
        <source>Shift+click</source>
        <translation>Mayús+clic</translation>
    </message>
    <message>
        <source>always add a cell, even inside another cell&apos;s box</source>
        <translation>añadir siempre una célula, incluso dentro de la caja de otra</translation>
    </message>
    <message>
        <source>Ctrl+click</source>
        <translation>Ctrl+clic</translation>
    </message>
    <message>
        <source>add a cell to the selection (Gallery: Ctrl/Shift+click)</source>
        <translation>añadir una célula a la selección (Galería: Ctrl/Mayús+clic)</translation>
    </message>
    <message>
        <source>Drag</source>
        <translation>Arrastrar</translation>
    </message>
    <message>
        <source>draw the box of a missed cell, then its class key</source>
        <translation>dibujar la caja de una célula omitida y luego la tecla de su clase</translation>
    </message>
    <message>
        <source>Drag a selected box&apos;s corner</source>
        <translation>Arrastrar una esquina de la caja elegida</translation>
    </message>
    <message>
        <source>resize the box</source>
        <translation>cambiar el tamaño de la caja</translation>
    </message>
    <message>
        <source>Right-click</source>
        <translation>Clic derecho</translation>
    </message>
    <message>
        <source>the cell&apos;s menu: class, corrections, explain</source>
        <translation>el menú de la célula: clase, correcciones, explicar</translation>
    </message>
    <message>
        <source>Middle-drag / wheel</source>
        <translation>Arrastre con botón central / rueda</translation>
    </message>
    <message>
        <source>pan / zoom the field</source>
        <translation>desplazar / ampliar el campo</translation>
    </message>
    <message>
        <source>Tab / Shift+Tab</source>
        <translation>Tab / Mayús+Tab</translation>
    </message>
    <message>
        <source>next / previous white cell in reading order</source>
        <translation>leucocito siguiente / anterior en orden de lectura</translation>
    </message>
    <message>
        <source>Gallery: drag</source>
        <translation>Galería: arrastrar</translation>
    </message>
    <message>
        <source>drop the selected cells on another class row</source>
        <translation>soltar las células elegidas en la fila de otra clase</translation>
    </message>
    <message>
        <source>Gallery: double-click</source>
        <translation>Galería: doble clic</translation>
    </message>
    <message>
        <source>see the cell in its field</source>
        <translation>ver la célula en su campo</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>Mouse and view</source>
        <translation>Ratón y vista</translation>
    </message>
    <message>
        <source>Every other command is in the menus: Alt and the underlined letter.</source>
        <translation>Todas las demás órdenes están en los menús: Alt y la letra subrayada.</translation>
    </message>
    <message>
        <source>Keys and mouse</source>
        <translation>Teclas y ratón</translation>
    </message>
    <message>
        <source>Go on anyway? Your choice is kept in the audit trail.</source>
        <translation>¿Continuar de todos modos? Su decisión queda en el registro de auditoría.</translation>
    </message>
    <message>
        <source>Finish slide</source>
        <translation>Terminar lámina</translation>
    </message>
    <message>
        <source>Finish anyway</source>
        <translation>Terminar de todos modos</translation>
    </message>
    <message>
        <source>Comment (optional):</source>
        <translation>Comentario (opcional):</translation>
    </message>
    <message>
        <source>Sign slide</source>
        <translation>Firmar lámina</translation>
    </message>
    <message>
        <source>Sign anyway</source>
        <translation>Firmar de todos modos</translation>
    </message>
    <message>
        <source>Operator name (the slide becomes read-only):</source>
        <translation>Nombre del operador (la lámina pasa a solo lectura):</translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation>No firmada</translation>
    </message>
    <message>
        <source>{0} has no signing PIN yet: set one in Settings, then sign.</source>
        <translation>{0} aún no tiene PIN de firma: póngalo en Ajustes y luego firme.</translation>
    </message>
    <message>
        <source>Signing PIN of {0}:</source>
        <translation>PIN de firma de {0}:</translation>
    </message>
    <message>
        <source>That is not the signing PIN of {0}.</source>
        <translation>Ese no es el PIN de firma de {0}.</translation>
    </message>
    <message>
        <source>adding a cell</source>
        <extracomment>A store action&apos;s kind -&gt; what a person calls it.</extracomment>
        <translation>añadir una célula</translation>
    </message>
    <message>
        <source>resizing a cell</source>
        <translation>cambiar el tamaño de una célula</translation>
    </message>
    <message>
        <source>class change</source>
        <translation>cambio de clase</translation>
    </message>
    <message>
        <source>deleting a false detection</source>
        <translation>eliminar una detección falsa</translation>
    </message>
    <message>
        <source>marking not counted</source>
        <translation>marcar como no contada</translation>
    </message>
    <message>
        <source>counting again</source>
        <translation>volver a contar</translation>
    </message>
    <message>
        <source>accepting</source>
        <translation>aceptar</translation>
    </message>
    <message>
        <source>removing a field</source>
        <translation>quitar un campo</translation>
    </message>
    <message>
        <source>re-analysing the field</source>
        <translation>reanalizar el campo</translation>
    </message>
    <message>
        <source>editing the slide details</source>
        <translation>editar los datos de la lámina</translation>
    </message>
    <message>
        <source>finishing the slide</source>
        <translation>terminar la lámina</translation>
    </message>
    <message>
        <source> of 1 cell</source>
        <translation> de 1 célula</translation>
    </message>
    <message>
        <source> of {0} cells</source>
        <translation> de {0} células</translation>
    </message>
    <message>
        <source> in field {0}</source>
        <translation> en el campo {0}</translation>
    </message>
    <message>
        <source>Slide not deleted</source>
        <translation>Lámina no eliminada</translation>
    </message>
    <message>
        <source>A signed slide cannot be deleted; unsign it first (an audited act).</source>
        <translation>Una lámina firmada no se puede eliminar; retire primero la firma (queda auditado).</translation>
    </message>
    <message>
        <source>Delete slide</source>
        <translation>Eliminar lámina</translation>
    </message>
    <message>
        <source>Delete slide {0} with its {1} fields and {2} cells? Reason (kept in the audit trail):</source>
        <translation>¿Eliminar la lámina {0} con sus {1} campos y {2} células? Motivo (queda en la auditoría):</translation>
    </message>
    <message>
        <source>Slide {0} deleted.</source>
        <translation>Lámina {0} eliminada.</translation>
    </message>
    <message>
        <source>Class</source>
        <extracomment>The corrections offered by the Edit menu and the context menu, in that order.</extracomment>
        <translation>Clase</translation>
    </message>
    <message>
        <source>Remove field {0} ({1}) and its {2} white cells from the count? Undo (Ctrl+Z) brings it back.</source>
        <translation>¿Quitar del recuento el campo {0} ({1}) y sus {2} leucocitos? Deshacer (Ctrl+Z) lo devuelve.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>Delete false detection</source>
        <translation>Eliminar detección falsa</translation>
    </message>
    <message>
        <source>Not counted: {0}</source>
        <translation>No contar: {0}</translation>
    </message>
    <message>
        <source>Count again</source>
        <translation>Volver a contar</translation>
    </message>
    <message>
        <source>Accept and go to next to review</source>
        <translation>Aceptar e ir a la siguiente por revisar</translation>
    </message>
    <message>
        <source>Next cell to review</source>
        <translation>Siguiente célula por revisar</translation>
    </message>
    <message>
        <source>Next field</source>
        <translation>Campo siguiente</translation>
    </message>
    <message>
        <source>Previous field</source>
        <translation>Campo anterior</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Acercar</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Alejar</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajustar</translation>
    </message>
    <message>
        <source>1:1</source>
        <translation>1:1</translation>
    </message>
    <message>
        <source>Re-analyse field</source>
        <translation>Reanalizar campo</translation>
    </message>
    <message>
        <source>Remove field</source>
        <translation>Quitar campo</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Explain: what the classifier looked at</source>
        <translation>Explicar: qué miró el clasificador</translation>
    </message>
    <message>
        <source>Capture field</source>
        <translation>Capturar campo</translation>
    </message>
    <message>
        <source>Show labels</source>
        <translation>Mostrar etiquetas</translation>
    </message>
    <message>
        <source>Show keypad</source>
        <translation>Mostrar teclado</translation>
    </message>
    <message>
        <source>&amp;New slide…</source>
        <translation>&amp;Nueva lámina…</translation>
    </message>
    <message>
        <source>&amp;Open images…</source>
        <translation>&amp;Abrir imágenes…</translation>
    </message>
    <message>
        <source>Open &amp;folder…</source>
        <translation>Abrir &amp;carpeta…</translation>
    </message>
    <message>
        <source>&amp;Import a model…</source>
        <translation>&amp;Importar un modelo…</translation>
    </message>
    <message>
        <source>&amp;Slides</source>
        <translation>&amp;Láminas</translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation>&amp;Exportar informe…</translation>
    </message>
    <message>
        <source>Export &amp;PDF summary…</source>
        <translation>Exportar resumen &amp;PDF…</translation>
    </message>
    <message>
        <source>&amp;Print summary…</source>
        <translation>Im&amp;primir resumen…</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>Aj&amp;ustes…</translation>
    </message>
    <message>
        <source>&amp;Database…</source>
        <translation>&amp;Base de datos…</translation>
    </message>
    <message>
        <source>&amp;People…</source>
        <translation>&amp;Personas…</translation>
    </message>
    <message>
        <source>P&amp;ublish profile…</source>
        <translation>P&amp;ublicar perfil…</translation>
    </message>
    <message>
        <source>&amp;Lab adaptation…</source>
        <translation>Adaptación al &amp;laboratorio…</translation>
    </message>
    <message>
        <source>Export &amp;training data…</source>
        <translation>Exportar datos de &amp;entrenamiento…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Keys and mouse…</source>
        <translation>&amp;Teclas y ratón…</translation>
    </message>
    <message>
        <source>&amp;Finish slide…</source>
        <translation>&amp;Terminar lámina…</translation>
    </message>
    <message>
        <source>&amp;Sign slide…</source>
        <translation>&amp;Firmar lámina…</translation>
    </message>
    <message>
        <source>&amp;Unsign slide…</source>
        <translation>&amp;Retirar firma…</translation>
    </message>
    <message>
        <source>Edit slide &amp;details…</source>
        <translation>Editar &amp;datos de la lámina…</translation>
    </message>
    <message>
        <source>&amp;Delete slide…</source>
        <translation>&amp;Eliminar lámina…</translation>
    </message>
    <message>
        <source>Key  Category</source>
        <extracomment>Hidden in this order when the panel is narrow: 95% CI, absolute count, reference range.</extracomment>
        <translation>Tecla  Categoría</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Recuento</translation>
    </message>
    <message>
        <source>95% CI</source>
        <translation>IC 95%</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Alerta</translation>
    </message>
    <message>
        <source>Sample / slide</source>
        <translation>Muestra / lámina</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Campos</translation>
    </message>
    <message>
        <source>WBC counted</source>
        <translation>Leucocitos contados</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Último cambio</translation>
    </message>
    <message>
        <source>YOLO detection set (images + one label file each)</source>
        <translation>Conjunto de detección YOLO (imágenes + un archivo de etiquetas por imagen)</translation>
    </message>
    <message>
        <source>COCO JSON (images + annotations.json)</source>
        <translation>COCO JSON (imágenes + annotations.json)</translation>
    </message>
    <message>
        <source>White-cell crops in class folders</source>
        <translation>Recortes de leucocitos en carpetas por clase</translation>
    </message>
    <message>
        <source>Training data written to {0}: {1} slide(s), {2} cells.</source>
        <translation>Datos de entrenamiento escritos en {0}: {1} lámina(s), {2} células.</translation>
    </message>
    <message>
        <source>Exporting training data</source>
        <translation>Exportando datos de entrenamiento</translation>
    </message>
    <message>
        <source>Training data not written</source>
        <translation>Datos de entrenamiento no escritos</translation>
    </message>
    <message>
        <source>Loading the models</source>
        <translation>La carga de los modelos</translation>
    </message>
    <message>
        <source> (adapted)</source>
        <translation> (adaptado)</translation>
    </message>
    <message>
        <source>{0}: {1} on {2}</source>
        <translation>{0}: {1} en {2}</translation>
    </message>
    <message>
        <source>The analysis</source>
        <translation>El análisis</translation>
    </message>
    <message>
        <source>{0}: the analysis</source>
        <translation>{0}: el análisis</translation>
    </message>
    <message>
        <source>Images or a zip of cell images</source>
        <translation>Imágenes o un zip de imágenes de células</translation>
    </message>
    <message>
        <source>Open images</source>
        <translation>Abrir imágenes</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Abrir carpeta</translation>
    </message>
    <message>
        <source>No slide open</source>
        <translation>No hay lámina abierta</translation>
    </message>
    <message>
        <source>Create or open a slide first, then add its fields.</source>
        <translation>Cree o abra primero una lámina y luego añada sus campos.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Slide</source>
        <translation>&amp;Lámina</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Sign in — SmearCount</source>
        <extracomment>Start-up benchmarks: quit as soon as the window is up (bench/startup.py).</extracomment>
        <translation>Iniciar sesión — SmearCount</translation>
    </message>
    <message>
        <source>technician</source>
        <translation>técnico</translation>
    </message>
    <message>
        <source>reviewer</source>
        <translation>revisor</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>administrador</translation>
    </message>
    <message>
        <source>{0} ({1}) on {2}</source>
        <translation>{0} ({1}) en {2}</translation>
    </message>
    <message>
        <source>{0} at {1} since {2}</source>
        <translation>{0} en {1} desde las {2}</translation>
    </message>
    <message>
        <source>Slide in use</source>
        <translation>Lámina en uso</translation>
    </message>
    <message>
        <source>This slide is open at another station: {0}. Open it here to look at it only, or take it over (the other station then takes no more changes to it)?</source>
        <translation>Esta lámina está abierta en otro puesto: {0}. ¿Abrirla aquí solo para verla, o tomarla (el otro puesto ya no podrá modificarla)?</translation>
    </message>
    <message>
        <source>Look only</source>
        <translation>Solo ver</translation>
    </message>
    <message>
        <source>Take over</source>
        <translation>Tomarla</translation>
    </message>
    <message>
        <source>Following the other station</source>
        <translation>Siguiendo el otro puesto</translation>
    </message>
    <message>
        <source>{0} at {1} deleted this slide: there is nothing more to see.</source>
        <translation>{0} en {1} eliminó esta lámina: ya no hay nada que ver.</translation>
    </message>
    <message>
        <source>{0} at {1} signed this slide.</source>
        <translation>{0} en {1} firmó esta lámina.</translation>
    </message>
    <message>
        <source>{0} at {1} finished counting this slide.</source>
        <translation>{0} en {1} terminó el recuento de esta lámina.</translation>
    </message>
    <message>
        <source>Nobody has this slide open now: the other station closed it, or stopped answering.</source>
        <translation>Ahora nadie tiene abierta esta lámina: el otro puesto la cerró o dejó de responder.</translation>
    </message>
    <message>
        <source>Take it over to count on it here.</source>
        <translation>Tómela para hacer el recuento aquí.</translation>
    </message>
    <message>
        <source>{0} took this slide over: this window takes no more changes to it.</source>
        <translation>{0} tomó esta lámina: esta ventana ya no acepta cambios en ella.</translation>
    </message>
    <message>
        <source>{0} Nothing is counted until it answers again; everything shown is saved on the server.</source>
        <translation>{0} No se cuenta nada hasta que vuelva a responder; todo lo que se muestra está guardado en el servidor.</translation>
    </message>
    <message>
        <source>The lab server answers again; the slide was read again from it.</source>
        <translation>El servidor del laboratorio vuelve a responder; la lámina se ha leído de nuevo desde él.</translation>
    </message>
    <message>
        <source>Lab adaptation refitted: {0} stage(s), {1} switched on.</source>
        <translation>Adaptación al laboratorio reajustada: {0} etapa(s), {1} activada(s).</translation>
    </message>
    <message>
        <source>Fitting the lab adaptation</source>
        <translation>Ajustando la adaptación al laboratorio</translation>
    </message>
    <message>
        <source>{0} stopped on an unexpected error ({1}). See the log.</source>
        <translation>{0} se detuvo por un error inesperado ({1}). Vea el registro.</translation>
    </message>
    <message>
        <source>The camera sent a picture in a format that cannot be shown.</source>
        <translation>La cámara envió una imagen en un formato que no se puede mostrar.</translation>
    </message>
    <message>
        <source>{0} stopped.</source>
        <translation>{0} se detuvo.</translation>
    </message>
    <message>
        <source>{0} stopped sending pictures (unplugged or busy?). Plug it in (or close the other program) and press Start.</source>
        <translation>{0} dejó de enviar imágenes (¿desconectada u ocupada?). Conéctela (o cierre el otro programa) y pulse Iniciar.</translation>
    </message>
    <message>
        <source>That camera is no longer connected. Plug it in and press Start.</source>
        <translation>Esa cámara ya no está conectada. Conéctela y pulse Iniciar.</translation>
    </message>
    <message>
        <source>The camera reported a problem: {0}. Press Start to try again.</source>
        <translation>La cámara informó de un problema: {0}. Pulse Iniciar para volver a intentarlo.</translation>
    </message>
    <message>
        <source>Keep counting on this computer</source>
        <translation>Seguir contando en este ordenador</translation>
    </message>
    <message>
        <source>Send now</source>
        <translation>Enviar ahora</translation>
    </message>
    <message>
        <source>Waiting to be sent to the lab server: {0}.</source>
        <translation>Pendiente de enviar al servidor del laboratorio: {0}.</translation>
    </message>
    <message>
        <source>Copying the slide to this computer</source>
        <translation>Copiando la lámina a este ordenador</translation>
    </message>
    <message>
        <source>Counting on this computer — will be sent to the lab server when it answers again.</source>
        <translation>Contando en este ordenador: se enviará al servidor del laboratorio cuando vuelva a responder.</translation>
    </message>
    <message>
        <source>Not copied to this computer</source>
        <translation>No se copió a este ordenador</translation>
    </message>
    <message>
        <source>Sending to the lab server</source>
        <translation>Enviando al servidor del laboratorio</translation>
    </message>
    <message>
        <source>Sent to the lab server</source>
        <translation>Enviado al servidor del laboratorio</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>No enviado</translation>
    </message>
    <message>
        <source>{0} It keeps waiting on this computer; send it with Send now.</source>
        <translation>{0} Sigue esperando en este ordenador; envíela con Enviar ahora.</translation>
    </message>
    <message>
        <source>The models could not be loaded, so there is nothing to explain with (the status bar says why).</source>
        <translation>No se pudieron cargar los modelos, así que no hay con qué explicar (la barra de estado dice por qué).</translation>
    </message>
    <message>
        <source>This cell was not typed by a classifier (its label is the detector&apos;s).</source>
        <translation>Esta célula no la tipificó un clasificador (su etiqueta es la del detector).</translation>
    </message>
    <message>
        <source>Publish a profile</source>
        <translation>Publicar un perfil</translation>
    </message>
    <message>
        <source>Profiles (*.json)</source>
        <translation>Perfiles (*.json)</translation>
    </message>
    <message>
        <source>The lab profile&apos;s name (empty: the profile&apos;s own name):</source>
        <translation>Nombre del perfil del laboratorio (vacío: el nombre propio del perfil):</translation>
    </message>
    <message>
        <source>Publishing {0}…</source>
        <translation>Publicando {0}…</translation>
    </message>
    <message>
        <source>Publishing the profile</source>
        <translation>Publicando el perfil</translation>
    </message>
    <message>
        <source>Published as {0} v{1}: every station of the lab counts with it.</source>
        <translation>Publicado como {0} v{1}: todos los puestos del laboratorio cuentan con él.</translation>
    </message>
    <message>
        <source>Profile not published</source>
        <translation>Perfil no publicado</translation>
    </message>
</context>
<context>
    <name>AnalysisStatus</name>
    <message>
        <source>Models: not loaded yet</source>
        <translation>Modelos: aún no cargados</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Models: {0} (loaded for the next analysis)</source>
        <translation>Modelos: {0} (cargados para el próximo análisis)</translation>
    </message>
    <message>
        <source>Analysing {0} of {1}</source>
        <translation>Analizando {0} de {1}</translation>
    </message>
    <message>
        <source>Models: loading {0}…</source>
        <translation>Modelos: cargando {0}…</translation>
    </message>
    <message>
        <source>Models: </source>
        <translation>Modelos: </translation>
    </message>
    <message>
        <source>Models: not available</source>
        <translation>Modelos: no disponibles</translation>
    </message>
    <message>
        <source>Models not available</source>
        <translation>Modelos no disponibles</translation>
    </message>
    <message>
        <source>Fields are still added and can be counted by hand. Fix the slide&apos;s model profile (its files, or import the model again), then Re-analyse (Ctrl+R) loads it again.</source>
        <translation>Los campos se siguen añadiendo y se pueden contar a mano. Arregle el perfil de modelos de la lámina (sus archivos, o importe de nuevo el modelo); luego Reanalizar (Ctrl+R) lo vuelve a cargar.</translation>
    </message>
</context>
<context>
    <name>CameraPanel</name>
    <message>
        <source>camera default</source>
        <extracomment>How long the image folder source shows each image: a technician&apos;s pause on a place. What the technician chooses from: where the frames come from.</extracomment>
        <translation>predeterminado de la cámara</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Iniciar</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Capture (Space)</source>
        <translation>Capturar (Espacio)</translation>
    </message>
    <message>
        <source>Auto-capture each new place once it is still and sharp</source>
        <translation>Capturar solo cada lugar nuevo cuando esté quieto y nítido</translation>
    </message>
    <message>
        <source>Live count</source>
        <translation>Recuento en vivo</translation>
    </message>
    <message>
        <source>Draw the detector&apos;s white cells on the live view, as a capture would count</source>
        <translation>Dibujar los leucocitos del detector en la vista en vivo, como los contaría una captura</translation>
    </message>
    <message>
        <source>Mirror</source>
        <translation>Espejo</translation>
    </message>
    <message>
        <source>Exposure </source>
        <translation>Exposición </translation>
    </message>
    <message>
        <source>No camera running. Choose a source and press Start.</source>
        <translation>No hay cámara en marcha. Elija una fuente y pulse Iniciar.</translation>
    </message>
    <message>
        <source>Camera {0} (OpenCV)</source>
        <translation>Cámara {0} (OpenCV)</translation>
    </message>
    <message>
        <source>Video file…</source>
        <translation>Archivo de vídeo…</translation>
    </message>
    <message>
        <source>Image folder…</source>
        <translation>Carpeta de imágenes…</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Cámara</translation>
    </message>
    <message>
        <source>Image folder</source>
        <translation>Carpeta de imágenes</translation>
    </message>
    <message>
        <source>Video file</source>
        <translation>Archivo de vídeo</translation>
    </message>
    <message>
        <source>Videos ({0})</source>
        <translation>Vídeos ({0})</translation>
    </message>
    <message>
        <source>Counting the live view…</source>
        <translation>Contando la vista en vivo…</translation>
    </message>
    <message>
        <source>In view: {0} WBC · slide so far: {1}</source>
        <translation>En vista: {0} leucocitos · lámina hasta ahora: {1}</translation>
    </message>
    <message>
        <source>Press Start to play it again.</source>
        <translation>Pulse Iniciar para reproducirlo otra vez.</translation>
    </message>
    <message>
        <source>{0} fps</source>
        <translation>{0} fps</translation>
    </message>
    <message>
        <source>focus {0}</source>
        <translation>enfoque {0}</translation>
    </message>
    <message>
        <source>Not captured: this is field {0} again. Move the stage to a new place.</source>
        <translation>No capturado: es otra vez el campo {0}. Mueva la platina a otro lugar.</translation>
    </message>
    <message>
        <source>Not captured: this place was just captured. Move the stage.</source>
        <translation>No capturado: este lugar se acaba de capturar. Mueva la platina.</translation>
    </message>
</context>
<context>
    <name>Corrections</name>
    <message>
        <source>Select a cell first (click, or Tab).</source>
        <translation>Elija primero una célula (clic o Tab).</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Deshecho</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>Nada que deshacer.</translation>
    </message>
    <message>
        <source>Redone</source>
        <translation>Rehecho</translation>
    </message>
    <message>
        <source>Nothing to redo.</source>
        <translation>Nada que rehacer.</translation>
    </message>
</context>
<context>
    <name>CountPanel</name>
    <message>
        <source>{0}: {1} ({2} / 100 WBC)</source>
        <translation>{0}: {1} ({2} / 100 leucocitos)</translation>
    </message>
    <message>
        <source>WBC {0} ×10⁹/L</source>
        <translation>Leucocitos {0} ×10⁹/L</translation>
    </message>
    <message>
        <source>corrected WBC {0}</source>
        <translation>leucocitos corregidos {0}</translation>
    </message>
    <message>
        <source>BLASTS: {0} ({1}%)</source>
        <translation>BLASTOS: {0} ({1}%)</translation>
    </message>
    <message>
        <source>Target of {0} cells reached</source>
        <translation>Objetivo de {0} células alcanzado</translation>
    </message>
</context>
<context>
    <name>DatabaseDialog</name>
    <message>
        <source>Database</source>
        <translation>Base de datos</translation>
    </message>
    <message>
        <source>This computer (its own slides)</source>
        <translation>Este ordenador (sus propias láminas)</translation>
    </message>
    <message>
        <source>Lab server (the slides of every station)</source>
        <translation>Servidor del laboratorio (las láminas de todos los puestos)</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Probar la conexión</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Dirección del servidor</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Su nombre</translation>
    </message>
    <message>
        <source>Your password</source>
        <translation>Su contraseña</translation>
    </message>
    <message>
        <source>The server address, your name and your password are needed.</source>
        <translation>Se necesitan la dirección del servidor, su nombre y su contraseña.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>Connecting to the lab server</source>
        <translation>La conexión con el servidor del laboratorio</translation>
    </message>
    <message>
        <source>Connected: {0} can work here.</source>
        <translation>Conectado: {0} puede trabajar aquí.</translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message>
        <source>The slide database</source>
        <extracomment>How a message reaches the person; replaced in tests (a modal dialog would block them).</extracomment>
        <translation>La base de datos de láminas</translation>
    </message>
    <message>
        <source>{0} Your earlier work is in the database and its daily backups; run python -m app slides verify to see what is damaged.</source>
        <translation>{0} Su trabajo anterior está en la base de datos y sus copias diarias; ejecute python -m app slides verify para ver qué está dañado.</translation>
    </message>
    <message>
        <source>SmearCount</source>
        <translation>SmearCount</translation>
    </message>
    <message>
        <source>Unexpected problem</source>
        <translation>Problema inesperado</translation>
    </message>
    <message>
        <source>SmearCount met an unexpected problem ({0}). Your work up to this point is saved. Details are in the log file.</source>
        <translation>SmearCount encontró un problema inesperado ({0}). Su trabajo hasta ahora está guardado. Los detalles están en el archivo de registro.</translation>
    </message>
</context>
<context>
    <name>Explainer</name>
    <message>
        <source>Select one cell to explain.</source>
        <translation>Elija una célula para explicarla.</translation>
    </message>
    <message>
        <source>Explaining the selected cell…</source>
        <translation>Explicando la célula elegida…</translation>
    </message>
    <message>
        <source>The explanation</source>
        <translation>La explicación</translation>
    </message>
    <message>
        <source>Bright = what mattered for &apos;{0}&apos; ({1}); {2} forward passes, {3} s.</source>
        <translation>Claro = lo que importó para &apos;{0}&apos; ({1}); {2} pasadas, {3} s.</translation>
    </message>
</context>
<context>
    <name>FieldIntake</name>
    <message>
        <source>Import stopped when the slide was closed: {0} image(s) stored as fields (analysed when the slide is opened again), {1} not read.</source>
        <translation>La importación se detuvo al cerrar la lámina: {0} imagen(es) guardada(s) como campos (se analizan al abrir de nuevo la lámina), {1} sin leer.</translation>
    </message>
    <message>
        <source>Opening {0} image(s)…</source>
        <translation>Abriendo {0} imagen(es)…</translation>
    </message>
    <message>
        <source>Slide signed</source>
        <translation>Lámina firmada</translation>
    </message>
    <message>
        <source>This slide is signed; unsign it to add fields.</source>
        <translation>Esta lámina está firmada; retire la firma para añadir campos.</translation>
    </message>
    <message>
        <source>Field {0}: {1}. Consider capturing it again.</source>
        <translation>Campo {0}: {1}. Considere capturarlo de nuevo.</translation>
    </message>
    <message>
        <source>Some images were not added or not analysed</source>
        <translation>Algunas imágenes no se añadieron o no se analizaron</translation>
    </message>
    <message>
        <source>Analysis finished.</source>
        <translation>Análisis terminado.</translation>
    </message>
</context>
<context>
    <name>FieldStrip</name>
    <message>
        <source>analysing…</source>
        <translation>analizando…</translation>
    </message>
    <message>
        <source>analysis failed</source>
        <translation>análisis fallido</translation>
    </message>
    <message>
        <source>{0} WBC</source>
        <translation>{0} leuc.</translation>
    </message>
    <message>
        <source>✓ reviewed</source>
        <translation>✓ revisado</translation>
    </message>
</context>
<context>
    <name>Gallery</name>
    <message>
        <source>cell {0}, field {1}</source>
        <extracomment>The dragged cells travel as their ids, so any row can take them.</extracomment>
        <translation>célula {0}, campo {1}</translation>
    </message>
    <message>
        <source>{0} selected: press a class key or drag them onto a row.</source>
        <translation>{0} seleccionadas: pulse la tecla de una clase o arrástrelas a una fila.</translation>
    </message>
    <message>
        <source>Click a cell to select it (Ctrl/Shift+click for more); double-click to see it in its field.</source>
        <translation>Haga clic en una célula para elegirla (Ctrl/Mayús+clic para más); doble clic para verla en su campo.</translation>
    </message>
    <message>
        <source>No white cells yet: they appear here once fields are analysed.</source>
        <translation>Aún no hay leucocitos: aparecen aquí cuando se analizan los campos.</translation>
    </message>
</context>
<context>
    <name>LabAdaptationDialog</name>
    <message>
        <source>Lab adaptation</source>
        <translation>Adaptación al laboratorio</translation>
    </message>
    <message>
        <source>SmearCount learns this lab&apos;s microscope from the cells you confirmed or corrected (reviewed, relabelled, accepted with Enter) on slides of the profile &apos;{0}&apos;. A fit is checked on whole slides it did not see and types new analyses only when it beats the models alone by {1} of top-1 there (from {2} slides on). Cells already typed keep their labels; re-analyse a field to retype it.</source>
        <translation>SmearCount aprende el microscopio de este laboratorio de las células que usted confirmó o corrigió (revisadas, reclasificadas, aceptadas con Intro) en láminas del perfil &apos;{0}&apos;. Un ajuste se comprueba en láminas enteras que no vio y clasifica los análisis nuevos solo cuando supera allí a los modelos solos en {1} de top-1 (a partir de {2} láminas). Las células ya clasificadas conservan su clase; reanalice un campo para reclasificarlo.</translation>
    </message>
    <message>
        <source>Use the lab adaptation for new analyses</source>
        <translation>Usar la adaptación en los análisis nuevos</translation>
    </message>
    <message>
        <source>Refit now</source>
        <translation>Reajustar ahora</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Restablecer</translation>
    </message>
    <message>
        <source>This profile has no classifier.</source>
        <translation>Este perfil no tiene clasificador.</translation>
    </message>
    <message>
        <source>Fitting… (the window can be used meanwhile)</source>
        <translation>Ajustando… (mientras tanto puede usar la ventana)</translation>
    </message>
    <message>
        <source>Lab adaptation not fitted</source>
        <translation>Adaptación no ajustada</translation>
    </message>
    <message>
        <source>Lab adaptation not reset</source>
        <translation>Adaptación no restablecida</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>SmearCount — Slides</source>
        <translation>SmearCount — Láminas</translation>
    </message>
    <message>
        <source> (signed, read-only)</source>
        <translation> (firmada, solo lectura)</translation>
    </message>
    <message>
        <source> (finished)</source>
        <translation> (terminada)</translation>
    </message>
    <message>
        <source> (counting on this computer — will be sent to the lab server)</source>
        <translation> (contando en este ordenador: se enviará al servidor del laboratorio)</translation>
    </message>
    <message>
        <source> (looking only: open at another station)</source>
        <translation> (solo ver: abierta en otro puesto)</translation>
    </message>
    <message>
        <source>Import stopped</source>
        <translation>Importación detenida</translation>
    </message>
    <message>
        <source>Unsign slide</source>
        <translation>Retirar la firma</translation>
    </message>
    <message>
        <source>Reason (kept in the audit trail):</source>
        <translation>Motivo (queda en la auditoría):</translation>
    </message>
    <message>
        <source>Profile saved: {0}</source>
        <translation>Perfil guardado: {0}</translation>
    </message>
    <message>
        <source>Slides from {0}.</source>
        <translation>Láminas de {0}.</translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation>Ajustes no guardados</translation>
    </message>
    <message>
        <source>Lab adaptation not refitted: </source>
        <translation>Adaptación no reajustada: </translation>
    </message>
</context>
<context>
    <name>ModelForm</name>
    <message>
        <source>Class</source>
        <translation>Clase</translation>
    </message>
    <message>
        <source>Counts as</source>
        <translation>Cuenta como</translation>
    </message>
    <message>
        <source>Classes (in output order)</source>
        <translation>Clases (en orden de salida)</translation>
    </message>
    <message>
        <source>Colour order</source>
        <translation>Orden de colores</translation>
    </message>
    <message>
        <source>Input range</source>
        <translation>Rango de entrada</translation>
    </message>
    <message>
        <source>Detector output format</source>
        <translation>Formato de salida del detector</translation>
    </message>
    <message>
        <source>Score threshold</source>
        <translation>Umbral de puntuación</translation>
    </message>
    <message>
        <source>Crop context (x box)</source>
        <translation>Contexto del recorte (× caja)</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Uso</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Nombre del perfil</translation>
    </message>
    <message>
        <source>Classes SmearCount does not know</source>
        <translation>Clases que SmearCount no conoce</translation>
    </message>
    <message>
        <source>Detector, own profile</source>
        <translation>Detector, perfil propio</translation>
    </message>
    <message>
        <source>Detector, white cells typed by SmearCount&apos;s classifier</source>
        <translation>Detector, leucocitos clasificados por el clasificador de SmearCount</translation>
    </message>
    <message>
        <source>Single-cell images (no detector)</source>
        <translation>Imágenes de una célula (sin detector)</translation>
    </message>
    <message>
        <source>Types the white cells SmearCount&apos;s detector finds</source>
        <translation>Clasifica los leucocitos que halla el detector de SmearCount</translation>
    </message>
    <message>
        <source>Template {0}: {1} ({2})</source>
        <translation>Plantilla {0}: {1} ({2})</translation>
    </message>
    <message>
        <source>This template expects {0} classes ({1}); the model has {2}.</source>
        <translation>Esta plantilla espera {0} clases ({1}); el modelo tiene {2}.</translation>
    </message>
</context>
<context>
    <name>ModelImportDialog</name>
    <message>
        <source>Import a model</source>
        <translation>Importar un modelo</translation>
    </message>
    <message>
        <source>Choose model…</source>
        <translation>Elegir modelo…</translation>
    </message>
    <message>
        <source>Settings file…</source>
        <translation>Archivo de ajustes…</translation>
    </message>
    <message>
        <source>A manifest (.json) from the model&apos;s maker, if it is not beside the model</source>
        <translation>Un manifiesto (.json) del autor del modelo, si no está junto al modelo</translation>
    </message>
    <message>
        <source>No model chosen.</source>
        <translation>No se eligió ningún modelo.</translation>
    </message>
    <message>
        <source>Run self-test</source>
        <translation>Ejecutar autoprueba</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>Guardar perfil</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Reference images: three rendered fields, plus the lab&apos;s own in {0}</source>
        <translation>Imágenes de referencia: tres campos generados, más los del laboratorio en {0}</translation>
    </message>
    <message>
        <source>Choose an ONNX model</source>
        <translation>Elija un modelo ONNX</translation>
    </message>
    <message>
        <source>ONNX models (*.onnx)</source>
        <translation>Modelos ONNX (*.onnx)</translation>
    </message>
    <message>
        <source>Choose the model&apos;s settings</source>
        <translation>Elija los ajustes del modelo</translation>
    </message>
    <message>
        <source>Manifests (*.json)</source>
        <translation>Manifiestos (*.json)</translation>
    </message>
    <message>
        <source>Reading {0}…</source>
        <translation>Leyendo {0}…</translation>
    </message>
    <message>
        <source>Reading the model</source>
        <translation>La lectura del modelo</translation>
    </message>
    <message>
        <source>assumed: {0}</source>
        <translation>supuesto: {0}</translation>
    </message>
    <message>
        <source>Read:</source>
        <translation>Leído:</translation>
    </message>
    <message>
        <source>Running the self-test…</source>
        <translation>Ejecutando la autoprueba…</translation>
    </message>
    <message>
        <source>The self-test</source>
        <translation>La autoprueba</translation>
    </message>
    <message>
        <source>&lt;b&gt;Self-test passed.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Autoprueba superada.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Self-test warnings: check the settings before saving.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Avisos de la autoprueba: revise los ajustes antes de guardar.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Save despite warnings?</source>
        <translation>¿Guardar pese a los avisos?</translation>
    </message>
    <message>
        <source>The self-test warned:

{0}

Save the profile anyway?</source>
        <translation>La autoprueba avisó:

{0}

¿Guardar el perfil de todos modos?</translation>
    </message>
    <message>
        <source>Saved the profile {0}. Choose it for a new slide (or in Settings).</source>
        <translation>Perfil {0} guardado. Elíjalo para una lámina nueva (o en Ajustes).</translation>
    </message>
</context>
<context>
    <name>NewSlideDialog</name>
    <message>
        <source>New slide</source>
        <translation>Nueva lámina</translation>
    </message>
    <message>
        <source>Peripheral blood</source>
        <translation>Sangre periférica</translation>
    </message>
    <message>
        <source>Bone marrow</source>
        <translation>Médula ósea</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>no indicado</translation>
    </message>
    <message>
        <source>Sample / slide ID</source>
        <translation>ID de muestra / lámina</translation>
    </message>
    <message>
        <source>Patient ID</source>
        <translation>ID del paciente</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Edad</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <source>Specimen</source>
        <translation>Muestra</translation>
    </message>
    <message>
        <source>Stain</source>
        <translation>Tinción</translation>
    </message>
    <message>
        <source>WBC count (×10⁹/L)</source>
        <translation>Leucocitos (×10⁹/L)</translation>
    </message>
    <message>
        <source>Target (cells)</source>
        <translation>Objetivo (células)</translation>
    </message>
    <message>
        <source>Model profile</source>
        <translation>Perfil de modelos</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operador</translation>
    </message>
    <message>
        <source>Slide details</source>
        <translation>Datos de la lámina</translation>
    </message>
    <message>
        <source>The sample / slide ID is needed.</source>
        <translation>Hace falta el ID de muestra / lámina.</translation>
    </message>
</context>
<context>
    <name>PeopleDialog</name>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nueva contraseña</translation>
    </message>
    <message>
        <source>Set role</source>
        <translation>Cambiar rol</translation>
    </message>
    <message>
        <source>Let go…</source>
        <translation>Dar de baja…</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>The same again</source>
        <translation>Repítala</translation>
    </message>
    <message>
        <source>Listing the people</source>
        <translation>Listando las personas</translation>
    </message>
    <message>
        <source>{0} can sign in as {1}.</source>
        <translation>{0} puede iniciar sesión como {1}.</translation>
    </message>
    <message>
        <source>{0} signs in with the new password.</source>
        <translation>{0} inicia sesión con la nueva contraseña.</translation>
    </message>
    <message>
        <source>{0} is {1} from now on.</source>
        <translation>{0} es {1} a partir de ahora.</translation>
    </message>
    <message>
        <source>Let go</source>
        <translation>Dar de baja</translation>
    </message>
    <message>
        <source>{0} will no longer sign in at any station. Their name stays on every audit entry they made.</source>
        <translation>{0} ya no podrá iniciar sesión en ningún puesto. Su nombre permanece en cada entrada del registro de auditoría que hizo.</translation>
    </message>
    <message>
        <source>{0} no longer signs in.</source>
        <translation>{0} ya no puede iniciar sesión.</translation>
    </message>
    <message>
        <source>Choose a person in the list first.</source>
        <translation>Primero elija una persona de la lista.</translation>
    </message>
    <message>
        <source>The two passwords differ; nothing was changed.</source>
        <translation>Las dos contraseñas no coinciden; no se cambió nada.</translation>
    </message>
    <message>
        <source>Changing the lab&apos;s people</source>
        <translation>Cambiando las personas del laboratorio</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>Export report</source>
        <translation>Exportar informe</translation>
    </message>
    <message>
        <source>Report written: {0}</source>
        <translation>Informe escrito: {0}</translation>
    </message>
    <message>
        <source>Export PDF summary</source>
        <translation>Exportar resumen PDF</translation>
    </message>
    <message>
        <source>PDF summary written: {0}</source>
        <translation>Resumen PDF escrito: {0}</translation>
    </message>
    <message>
        <source>Summary ready to print</source>
        <translation>Resumen listo para imprimir</translation>
    </message>
    <message>
        <source>Result for the LIS in {0}</source>
        <translation>Resultado para el LIS en {0}</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>No impreso</translation>
    </message>
    <message>
        <source>Summary sent to the printer</source>
        <translation>Resumen enviado a la impresora</translation>
    </message>
    <message>
        <source> (DRAFT: the slide is not finished)</source>
        <translation> (BORRADOR: la lámina no está terminada)</translation>
    </message>
    <message>
        <source>The report</source>
        <translation>El informe</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Escribiendo el informe…</translation>
    </message>
    <message>
        <source>Report not written</source>
        <translation>Informe no escrito</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>model&apos;s own</source>
        <translation>el del modelo</translation>
    </message>
    <message>
        <source>empty: estimated on each field from the red cells</source>
        <translation>vacío: se estima en cada campo a partir de los eritrocitos</translation>
    </message>
    <message>
        <source>leave empty to keep the operator&apos;s PIN</source>
        <translation>déjelo vacío para conservar el PIN del operador</translation>
    </message>
    <message>
        <source>default per-user folder (restart to apply)</source>
        <translation>carpeta por defecto del usuario (al reiniciar)</translation>
    </message>
    <message>
        <source> WBC</source>
        <translation> leucocitos</translation>
    </message>
    <message>
        <source>none: no CSV/HL7 result is written</source>
        <translation>ninguna: no se escribe resultado CSV/HL7</translation>
    </message>
    <message>
        <source>The system&apos;s ({0})</source>
        <translation>El del sistema ({0})</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operador</translation>
    </message>
    <message>
        <source>Language (from the next start)</source>
        <translation>Idioma (desde el próximo inicio)</translation>
    </message>
    <message>
        <source>Reports in English (for a referral lab)</source>
        <translation>Informes en inglés (para un laboratorio de referencia)</translation>
    </message>
    <message>
        <source>Model profile</source>
        <translation>Perfil de modelos</translation>
    </message>
    <message>
        <source>Detection threshold</source>
        <translation>Umbral de detección</translation>
    </message>
    <message>
        <source>Camera scale (µm per pixel)</source>
        <translation>Escala de la cámara (µm por píxel)</translation>
    </message>
    <message>
        <source>For this camera and objective: photograph a stage micrometer and divide its length in µm by its length in pixels. Applies to fields analysed from now on.</source>
        <translation>Para esta cámara y objetivo: fotografíe un micrómetro de platina y divida su longitud en µm por su longitud en píxeles. Se aplica a los campos analizados a partir de ahora.</translation>
    </message>
    <message>
        <source>Review cells below confidence</source>
        <translation>Revisar células con confianza menor que</translation>
    </message>
    <message>
        <source>Show labels</source>
        <translation>Mostrar etiquetas</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Colores</translation>
    </message>
    <message>
        <source>Warn below focus score</source>
        <translation>Avisar con enfoque menor que</translation>
    </message>
    <message>
        <source>Sound at target</source>
        <translation>Sonido al alcanzar el objetivo</translation>
    </message>
    <message>
        <source>Lab name</source>
        <translation>Nombre del laboratorio</translation>
    </message>
    <message>
        <source>Lab address</source>
        <translation>Dirección del laboratorio</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Carpeta de datos</translation>
    </message>
    <message>
        <source>Report paper</source>
        <translation>Papel del informe</translation>
    </message>
    <message>
        <source>High/low flags from</source>
        <translation>Alertas alto/bajo desde</translation>
    </message>
    <message>
        <source>Result folder for the LIS (on signing)</source>
        <translation>Carpeta de resultados para el LIS (al firmar)</translation>
    </message>
    <message>
        <source>Operator&apos;s signing PIN (new)</source>
        <translation>PIN de firma del operador (nuevo)</translation>
    </message>
    <message>
        <source>Signing needs a PIN</source>
        <translation>La firma exige un PIN</translation>
    </message>
    <message>
        <source>Key: {0}</source>
        <translation>Tecla: {0}</translation>
    </message>
    <message>
        <source>Key {0} is given to {1}: give each category its own key.</source>
        <translation>La tecla {0} está asignada a {1}: dé a cada categoría su propia tecla.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> y </translation>
    </message>
    <message>
        <source>from the lab server: {0} v{1}</source>
        <translation>del servidor del laboratorio: {0} v{1}</translation>
    </message>
    <message>
        <source>this computer&apos;s own profile</source>
        <translation>perfil propio de este ordenador</translation>
    </message>
</context>
<context>
    <name>SlideTableModel</name>
    <message>
        <source>open</source>
        <translation>abierta</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>terminada</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>firmada</translation>
    </message>
</context>
<context>
    <name>SlideView</name>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Gallery</source>
        <translation>Galería</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Cámara</translation>
    </message>
    <message>
        <source>That is outside the image: click on the cell.</source>
        <translation>Eso está fuera de la imagen: haga clic sobre la célula.</translation>
    </message>
    <message>
        <source>No fields yet.

Add this slide&apos;s field images with File → Open images (Ctrl+O) or Open folder, drop image files here, or capture them in the Camera tab.</source>
        <translation>Aún no hay campos.

Añada las imágenes de los campos de esta lámina con Archivo → Abrir imágenes (Ctrl+O) o Abrir carpeta, suelte aquí archivos de imagen o captúrelos en la pestaña Cámara.</translation>
    </message>
    <message>
        <source>New cell: press its class key (Esc cancels).</source>
        <translation>Célula nueva: pulse la tecla de su clase (Esc cancela).</translation>
    </message>
    <message>
        <source>Every cell has been reviewed.</source>
        <translation>Todas las células están revisadas.</translation>
    </message>
    <message>
        <source>Target of {0} cells reached.</source>
        <translation>Objetivo de {0} células alcanzado.</translation>
    </message>
</context>
<context>
    <name>StartView</name>
    <message>
        <source>Search sample or patient ID</source>
        <translation>Buscar ID de muestra o de paciente</translation>
    </message>
    <message>
        <source>All slides</source>
        <translation>Todas las láminas</translation>
    </message>
    <message>
        <source>Awaiting signature</source>
        <translation>Pendientes de firma</translation>
    </message>
    <message>
        <source>New slide…</source>
        <translation>Nueva lámina…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>More slides…</source>
        <translation>Más láminas…</translation>
    </message>
    <message>
        <source>in use: {0}</source>
        <translation>en uso: {0}</translation>
    </message>
    <message>
        <source>replaced by slide {0} (counted offline): kept for the record</source>
        <translation>reemplazada por la lámina {0} (contada sin conexión): se conserva como registro</translation>
    </message>
    <message>
        <source>{0} slide(s) await a signature: flagged first, then the oldest.</source>
        <translation>{0} lámina(s) pendiente(s) de firma: primero las que tienen alertas, luego las más antiguas.</translation>
    </message>
    <message>
        <source>No finished slide awaits a signature.</source>
        <translation>Ninguna lámina terminada espera firma.</translation>
    </message>
    <message>
        <source>{0} unfinished slide(s): double-click to resume.</source>
        <translation>{0} lámina(s) sin terminar: doble clic para seguir.</translation>
    </message>
    <message>
        <source>Double-click a slide to open it, or start a New slide (Ctrl+N).</source>
        <translation>Doble clic en una lámina para abrirla, o empiece una Nueva lámina (Ctrl+N).</translation>
    </message>
    <message>
        <source>No slide&apos;s sample or patient ID contains “{1}”.</source>
        <translation>Ningún ID de muestra o de paciente contiene «{1}».</translation>
    </message>
    <message>
        <source>No slides yet. Press New slide (Ctrl+N) and give the sample ID; then add the field images with File → Open images (Ctrl+O), Open folder, by dropping image files on the window, or from the Camera tab.</source>
        <translation>Aún no hay láminas. Pulse Nueva lámina (Ctrl+N) y escriba el ID de muestra; luego añada las imágenes de los campos con Archivo → Abrir imágenes (Ctrl+O), Abrir carpeta, soltando archivos en la ventana o desde la pestaña Cámara.</translation>
    </message>
</context>
<context>
    <name>TargetBar</name>
    <message>
        <source>%1 of %2 cells</source>
        <translation>%1 de %2 células</translation>
    </message>
</context>
<context>
    <name>TrainingExportDialog</name>
    <message>
        <source>Export training data</source>
        <translation>Exportar datos de entrenamiento</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Slides</source>
        <translation>Láminas</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Empty folder</source>
        <translation>Carpeta vacía</translation>
    </message>
    <message>
        <source>Final boxes and classes only; no patient or sample ID is written (files are named by slide and field number).</source>
        <translation>Solo cajas y clases finales; no se escribe ningún ID de paciente ni de muestra (los archivos llevan el número de lámina y de campo).</translation>
    </message>
    <message>
        <source>Export training data to</source>
        <translation>Exportar datos de entrenamiento a</translation>
    </message>
    <message>
        <source>Choose at least one slide.</source>
        <translation>Elija al menos una lámina.</translation>
    </message>
    <message>
        <source>Choose a folder to write to.</source>
        <translation>Elija una carpeta donde escribir.</translation>
    </message>
    <message>
        <source>Choose a new or empty folder.</source>
        <translation>Elija una carpeta nueva o vacía.</translation>
    </message>
</context>
</TS>
