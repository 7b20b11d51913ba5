<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt">
<context>
    <name></name>
    <message>
        <source>{0} cells selected.</source>
        <translation>{0} células selecionadas.</translation>
    </message>
    <message>
        <source>added by hand</source>
        <translation>adicionada à mão</translation>
    </message>
    <message>
        <source>corrected (the model said {0})</source>
        <translation>corrigida (o modelo disse {0})</translation>
    </message>
    <message>
        <source>model {0} sure</source>
        <translation>modelo {0} seguro</translation>
    </message>
    <message>
        <source>not counted ({0})</source>
        <translation>não contada ({0})</translation>
    </message>
    <message>
        <source>classifier stages: </source>
        <translation>etapas do classificador: </translation>
    </message>
    <message>
        <source>Click</source>
        <extracomment>What the mouse and the keys the view handles itself (not actions) do.</extracomment>
        <translation>Clique</translation>
    </message>
    <message>
        <source>select a white cell; on a spot without one: add a cell there, then its class key</source>
        <translation>escolher um leucócito; onde não há: adicionar ali uma célula e depois a tecla da classe</translation>
    </message>
    <message>
        <source>Shift+click</source>
        <translation>Shift+clique</translation>
    </message>
    <message>
        <source>always add a cell, even inside another cell&apos;s box</source>
        <translation>adicionar sempre uma célula, mesmo dentro da caixa de outra</translation>
    </message>
    <message>
        <source>Ctrl+click</source>
        <translation>Ctrl+clique</translation>
    </message>
    <message>
        <source>add a cell to the selection (Gallery: Ctrl/Shift+click)</source>
        <translation>adicionar uma célula à seleção (Galeria: Ctrl/Shift+clique)</translation>
    </message>
    <message>
        <source>Drag</source>
        <translation>Arrastar</translation>
    </message>
    <message>
        <source>draw the box of a missed cell, then its class key</source>
        <translation>desenhar a caixa de uma célula esquecida e depois a tecla da classe</translation>
    </message>
    <message>
        <source>Drag a selected box&apos;s corner</source>
        <translation>Arrastar um canto da caixa escolhida</translation>
    </message>
    <message>
        <source>resize the box</source>
        <translation>redimensionar a caixa</translation>
    </message>
    <message>
        <source>Right-click</source>
        <translation>Clique direito</translation>
    </message>
    <message>
        <source>the cell&apos;s menu: class, corrections, explain</source>
        <translation>o menu da célula: classe, correções, explicar</translation>
    </message>
    <message>
        <source>Middle-drag / wheel</source>
        <translation>Arrastar com o botão do meio / roda</translation>
    </message>
    <message>
        <source>pan / zoom the field</source>
        <translation>deslocar / ampliar o campo</translation>
    </message>
    <message>
        <source>Tab / Shift+Tab</source>
        <translation>Tab / Shift+Tab</translation>
    </message>
    <message>
        <source>next / previous white cell in reading order</source>
        <translation>leucócito seguinte / anterior na ordem de leitura</translation>
    </message>
    <message>
        <source>Gallery: drag</source>
        <translation>Galeria: arrastar</translation>
    </message>
    <message>
        <source>drop the selected cells on another class row</source>
        <translation>soltar as células escolhidas na linha de outra classe</translation>
    </message>
    <message>
        <source>Gallery: double-click</source>
        <translation>Galeria: clique duplo</translation>
    </message>
    <message>
        <source>see the cell in its field</source>
        <translation>ver a célula no seu campo</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>Mouse and view</source>
        <translation>Mouse e vista</translation>
    </message>
    <message>
        <source>Every other command is in the menus: Alt and the underlined letter.</source>
        <translation>Todos os outros comandos estão nos menus: Alt e a letra sublinhada.</translation>
    </message>
    <message>
        <source>Keys and mouse</source>
        <translation>Teclas e mouse</translation>
    </message>
    <message>
        <source>Go on anyway? Your choice is kept in the audit trail.</source>
        <translation>Continuar mesmo assim? Sua escolha fica na trilha de auditoria.</translation>
    </message>
    <message>
        <source>Finish slide</source>
        <translation>Concluir lâmina</translation>
    </message>
    <message>
        <source>Finish anyway</source>
        <translation>Concluir mesmo assim</translation>
    </message>
    <message>
        <source>Comment (optional):</source>
        <translation>Comentário (opcional):</translation>
    </message>
    <message>
        <source>Sign slide</source>
        <translation>Assinar lâmina</translation>
    </message>
    <message>
        <source>Sign anyway</source>
        <translation>Assinar mesmo assim</translation>
    </message>
    <message>
        <source>Operator name (the slide becomes read-only):</source>
        <translation>Nome do operador (a lâmina fica somente leitura):</translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation>Não assinada</translation>
    </message>
    <message>
        <source>{0} has no signing PIN yet: set one in Settings, then sign.</source>
        <translation>{0} ainda não tem PIN de assinatura: defina um em Configurações e depois assine.</translation>
    </message>
    <message>
        <source>Signing PIN of {0}:</source>
        <translation>PIN de assinatura de {0}:</translation>
    </message>
    <message>
        <source>That is not the signing PIN of {0}.</source>
        <translation>Esse não é o PIN de assinatura de {0}.</translation>
    </message>
    <message>
        <source>adding a cell</source>
        <extracomment>A store action&apos;s kind -&gt; what a person calls it.</extracomment>
        <translation>adição de uma célula</translation>
    </message>
    <message>
        <source>resizing a cell</source>
        <translation>redimensionamento de uma célula</translation>
    </message>
    <message>
        <source>class change</source>
        <translation>mudança de classe</translation>
    </message>
    <message>
        <source>deleting a false detection</source>
        <translation>exclusão de uma detecção falsa</translation>
    </message>
    <message>
        <source>marking not counted</source>
        <translation>marcação como não contada</translation>
    </message>
    <message>
        <source>counting again</source>
        <translation>nova contagem</translation>
    </message>
    <message>
        <source>accepting</source>
        <translation>aceitação</translation>
    </message>
    <message>
        <source>removing a field</source>
        <translation>remoção de um campo</translation>
    </message>
    <message>
        <source>re-analysing the field</source>
        <translation>reanálise do campo</translation>
    </message>
    <message>
        <source>editing the slide details</source>
        <translation>edição dos dados da lâmina</translation>
    </message>
    <message>
        <source>finishing the slide</source>
        <translation>conclusão da lâmina</translation>
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
        <translation> no campo {0}</translation>
    </message>
    <message>
        <source>Slide not deleted</source>
        <translation>Lâmina não excluída</translation>
    </message>
    <message>
        <source>A signed slide cannot be deleted; unsign it first (an audited act).</source>
        <translation>Uma lâmina assinada não pode ser excluída; retire antes a assinatura (ato auditado).</translation>
    </message>
    <message>
        <source>Delete slide</source>
        <translation>Excluir lâmina</translation>
    </message>
    <message>
        <source>Delete slide {0} with its {1} fields and {2} cells? Reason (kept in the audit trail):</source>
        <translation>Excluir a lâmina {0} com seus {1} campos e {2} células? Motivo (fica na auditoria):</translation>
    </message>
    <message>
        <source>Slide {0} deleted.</source>
        <translation>Lâmina {0} excluída.</translation>
    </message>
    <message>
        <source>Class</source>
        <extracomment>The corrections offered by the Edit menu and the context menu, in that order.</extracomment>
        <translation>Classe</translation>
    </message>
    <message>
        <source>Remove field {0} ({1}) and its {2} white cells from the count? Undo (Ctrl+Z) brings it back.</source>
        <translation>Remover da contagem o campo {0} ({1}) e seus {2} leucócitos? Desfazer (Ctrl+Z) traz de volta.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Desfazer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Refazer</translation>
    </message>
    <message>
        <source>Delete false detection</source>
        <translation>Excluir detecção falsa</translation>
    </message>
    <message>
        <source>Not counted: {0}</source>
        <translation>Não contar: {0}</translation>
    </message>
    <message>
        <source>Count again</source>
        <translation>Contar de novo</translation>
    </message>
    <message>
        <source>Accept and go to next to review</source>
        <translation>Aceitar e ir à próxima a rever</translation>
    </message>
    <message>
        <source>Next cell to review</source>
        <translation>Próxima célula a rever</translation>
    </message>
    <message>
        <source>Next field</source>
        <translation>Próximo campo</translation>
    </message>
    <message>
        <source>Previous field</source>
        <translation>Campo anterior</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Aproximar</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Afastar</translation>
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
        <translation>Reanalisar campo</translation>
    </message>
    <message>
        <source>Remove field</source>
        <translation>Remover campo</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Explain: what the classifier looked at</source>
        <translation>Explicar: o que o classificador olhou</translation>
    </message>
    <message>
        <source>Capture field</source>
        <translation>Capturar campo</translation>
    </message>
    <message>
        <source>Show labels</source>
        <translation>Mostrar rótulos</translation>
    </message>
    <message>
        <source>Show keypad</source>
        <translation>Mostrar teclado</translation>
    </message>
    <message>
        <source>&amp;New slide…</source>
        <translation>&amp;Nova lâmina…</translation>
    </message>
    <message>
        <source>&amp;Open images…</source>
        <translation>&amp;Abrir imagens…</translation>
    </message>
    <message>
        <source>Open &amp;folder…</source>
        <translation>Abrir &amp;pasta…</translation>
    </message>
    <message>
        <source>&amp;Import a model…</source>
        <translation>&amp;Importar um modelo…</translation>
    </message>
    <message>
        <source>&amp;Slides</source>
        <translation>&amp;Lâminas</translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation>&amp;Exportar relatório…</translation>
    </message>
    <message>
        <source>Export &amp;PDF summary…</source>
        <translation>Exportar resumo &amp;PDF…</translation>
    </message>
    <message>
        <source>&amp;Print summary…</source>
        <translation>Im&amp;primir resumo…</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>Configura&amp;ções…</translation>
    </message>
    <message>
        <source>&amp;Database…</source>
        <translation>Banco de &amp;dados…</translation>
    </message>
    <message>
        <source>&amp;People…</source>
        <translation>&amp;Pessoas…</translation>
    </message>
    <message>
        <source>P&amp;ublish profile…</source>
        <translation>P&amp;ublicar perfil…</translation>
    </message>
    <message>
        <source>&amp;Lab adaptation…</source>
        <translation>Adaptação ao &amp;laboratório…</translation>
    </message>
    <message>
        <source>Export &amp;training data…</source>
        <translation>Exportar dados de &amp;treino…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>&amp;Keys and mouse…</source>
        <translation>&amp;Teclas e mouse…</translation>
    </message>
    <message>
        <source>&amp;Finish slide…</source>
        <translation>&amp;Concluir lâmina…</translation>
    </message>
    <message>
        <source>&amp;Sign slide…</source>
        <translation>A&amp;ssinar lâmina…</translation>
    </message>
    <message>
        <source>&amp;Unsign slide…</source>
        <translation>&amp;Retirar assinatura…</translation>
    </message>
    <message>
        <source>Edit slide &amp;details…</source>
        <translation>Editar &amp;dados da lâmina…</translation>
    </message>
    <message>
        <source>&amp;Delete slide…</source>
        <translation>E&amp;xcluir lâmina…</translation>
    </message>
    <message>
        <source>Key  Category</source>
        <extracomment>Hidden in this order when the panel is narrow: 95% CI, absolute count, reference range.</extracomment>
        <translation>Tecla  Categoria</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Contagem</translation>
    </message>
    <message>
        <source>95% CI</source>
        <translation>IC 95%</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referência</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Alerta</translation>
    </message>
    <message>
        <source>Sample / slide</source>
        <translation>Amostra / lâmina</translation>
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
        <translation>Leucócitos contados</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Meta</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Última alteração</translation>
    </message>
    <message>
        <source>YOLO detection set (images + one label file each)</source>
        <translation>Conjunto de detecção YOLO (imagens + um arquivo de rótulos cada)</translation>
    </message>
    <message>
        <source>COCO JSON (images + annotations.json)</source>
        <translation>COCO JSON (imagens + annotations.json)</translation>
    </message>
    <message>
        <source>White-cell crops in class folders</source>
        <translation>Recortes de leucócitos em pastas por classe</translation>
    </message>
    <message>
        <source>Training data written to {0}: {1} slide(s), {2} cells.</source>
        <translation>Dados de treino gravados em {0}: {1} lâmina(s), {2} células.</translation>
    </message>
    <message>
        <source>Exporting training data</source>
        <translation>Exportando dados de treino</translation>
    </message>
    <message>
        <source>Training data not written</source>
        <translation>Dados de treino não gravados</translation>
    </message>
    <message>
        <source>Loading the models</source>
        <translation>O carregamento dos modelos</translation>
    </message>
    <message>
        <source> (adapted)</source>
        <translation> (adaptado)</translation>
    </message>
    <message>
        <source>{0}: {1} on {2}</source>
        <translation>{0}: {1} em {2}</translation>
    </message>
    <message>
        <source>The analysis</source>
        <translation>A análise</translation>
    </message>
    <message>
        <source>{0}: the analysis</source>
        <translation>{0}: a análise</translation>
    </message>
    <message>
        <source>Images or a zip of cell images</source>
        <translation>Imagens ou um zip de imagens de células</translation>
    </message>
    <message>
        <source>Open images</source>
        <translation>Abrir imagens</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Abrir pasta</translation>
    </message>
    <message>
        <source>No slide open</source>
        <translation>Nenhuma lâmina aberta</translation>
    </message>
    <message>
        <source>Create or open a slide first, then add its fields.</source>
        <translation>Crie ou abra primeiro uma lâmina e depois adicione os campos.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Exibir</translation>
    </message>
    <message>
        <source>&amp;Slide</source>
        <translation>&amp;Lâmina</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Sign in — SmearCount</source>
        <extracomment>Start-up benchmarks: quit as soon as the window is up (bench/startup.py).</extracomment>
        <translation>Entrar — SmearCount</translation>
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
        <translation>{0} ({1}) em {2}</translation>
    </message>
    <message>
        <source>{0} at {1} since {2}</source>
        <translation>{0} em {1} desde as {2}</translation>
    </message>
    <message>
        <source>Slide in use</source>
        <translation>Lâmina em uso</translation>
    </message>
    <message>
        <source>This slide is open at another station: {0}. Open it here to look at it only, or take it over (the other station then takes no more changes to it)?</source>
        <translation>Esta lâmina está aberta noutro posto: {0}. Abri-la aqui só para ver, ou assumi-la (o outro posto deixa de poder alterá-la)?</translation>
    </message>
    <message>
        <source>Look only</source>
        <translation>Só ver</translation>
    </message>
    <message>
        <source>Take over</source>
        <translation>Assumir</translation>
    </message>
    <message>
        <source>Following the other station</source>
        <translation>A acompanhar o outro posto</translation>
    </message>
    <message>
        <source>{0} at {1} deleted this slide: there is nothing more to see.</source>
        <translation>{0} em {1} eliminou esta lâmina: já não há nada para ver.</translation>
    </message>
    <message>
        <source>{0} at {1} signed this slide.</source>
        <translation>{0} em {1} assinou esta lâmina.</translation>
    </message>
    <message>
        <source>{0} at {1} finished counting this slide.</source>
        <translation>{0} em {1} concluiu a contagem desta lâmina.</translation>
    </message>
    <message>
        <source>Nobody has this slide open now: the other station closed it, or stopped answering.</source>
        <translation>Agora ninguém tem esta lâmina aberta: o outro posto fechou-a ou deixou de responder.</translation>
    </message>
    <message>
        <source>Take it over to count on it here.</source>
        <translation>Assuma-a para a contar aqui.</translation>
    </message>
    <message>
        <source>{0} took this slide over: this window takes no more changes to it.</source>
        <translation>{0} assumiu esta lâmina: esta janela já não aceita alterações.</translation>
    </message>
    <message>
        <source>{0} Nothing is counted until it answers again; everything shown is saved on the server.</source>
        <translation>{0} Nada é contado até ele voltar a responder; tudo o que se vê está guardado no servidor.</translation>
    </message>
    <message>
        <source>The lab server answers again; the slide was read again from it.</source>
        <translation>O servidor do laboratório voltou a responder; a lâmina foi lida de novo a partir dele.</translation>
    </message>
    <message>
        <source>Lab adaptation refitted: {0} stage(s), {1} switched on.</source>
        <translation>Adaptação ao laboratório reajustada: {0} etapa(s), {1} ativada(s).</translation>
    </message>
    <message>
        <source>Fitting the lab adaptation</source>
        <translation>Ajustando a adaptação ao laboratório</translation>
    </message>
    <message>
        <source>{0} stopped on an unexpected error ({1}). See the log.</source>
        <translation>{0} parou por um erro inesperado ({1}). Veja o registro.</translation>
    </message>
    <message>
        <source>The camera sent a picture in a format that cannot be shown.</source>
        <translation>A câmera enviou uma imagem num formato que não pode ser mostrado.</translation>
    </message>
    <message>
        <source>{0} stopped.</source>
        <translation>{0} parou.</translation>
    </message>
    <message>
        <source>{0} stopped sending pictures (unplugged or busy?). Plug it in (or close the other program) and press Start.</source>
        <translation>{0} parou de enviar imagens (desconectada ou ocupada?). Conecte-a (ou feche o outro programa) e clique em Iniciar.</translation>
    </message>
    <message>
        <source>That camera is no longer connected. Plug it in and press Start.</source>
        <translation>Essa câmera não está mais conectada. Conecte-a e clique em Iniciar.</translation>
    </message>
    <message>
        <source>The camera reported a problem: {0}. Press Start to try again.</source>
        <translation>A câmera relatou um problema: {0}. Clique em Iniciar para tentar de novo.</translation>
    </message>
    <message>
        <source>Keep counting on this computer</source>
        <translation>Continuar a contar neste computador</translation>
    </message>
    <message>
        <source>Send now</source>
        <translation>Enviar agora</translation>
    </message>
    <message>
        <source>Waiting to be sent to the lab server: {0}.</source>
        <translation>À espera de envio para o servidor do laboratório: {0}.</translation>
    </message>
    <message>
        <source>Copying the slide to this computer</source>
        <translation>A copiar a lâmina para este computador</translation>
    </message>
    <message>
        <source>Counting on this computer — will be sent to the lab server when it answers again.</source>
        <translation>A contar neste computador — será enviada para o servidor do laboratório quando ele voltar a responder.</translation>
    </message>
    <message>
        <source>Not copied to this computer</source>
        <translation>Não copiada para este computador</translation>
    </message>
    <message>
        <source>Sending to the lab server</source>
        <translation>A enviar para o servidor do laboratório</translation>
    </message>
    <message>
        <source>Sent to the lab server</source>
        <translation>Enviado para o servidor do laboratório</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Não enviado</translation>
    </message>
    <message>
        <source>{0} It keeps waiting on this computer; send it with Send now.</source>
        <translation>{0} Continua à espera neste computador; envie-a com Enviar agora.</translation>
    </message>
    <message>
        <source>The models could not be loaded, so there is nothing to explain with (the status bar says why).</source>
        <translation>Não foi possível carregar os modelos, portanto não há com que explicar (a barra de status diz porquê).</translation>
    </message>
    <message>
        <source>This cell was not typed by a classifier (its label is the detector&apos;s).</source>
        <translation>Esta célula não foi tipificada por um classificador (o rótulo é o do detector).</translation>
    </message>
    <message>
        <source>Publish a profile</source>
        <translation>Publicar um perfil</translation>
    </message>
    <message>
        <source>Profiles (*.json)</source>
        <translation>Perfis (*.json)</translation>
    </message>
    <message>
        <source>The lab profile&apos;s name (empty: the profile&apos;s own name):</source>
        <translation>Nome do perfil do laboratório (vazio: o nome do próprio perfil):</translation>
    </message>
    <message>
        <source>Publishing {0}…</source>
        <translation>A publicar {0}…</translation>
    </message>
    <message>
        <source>Publishing the profile</source>
        <translation>A publicar o perfil</translation>
    </message>
    <message>
        <source>Published as {0} v{1}: every station of the lab counts with it.</source>
        <translation>Publicado como {0} v{1}: todos os postos do laboratório contam com ele.</translation>
    </message>
    <message>
        <source>Profile not published</source>
        <translation>Perfil não publicado</translation>
    </message>
</context>
<context>
    <name>AnalysisStatus</name>
    <message>
        <source>Models: not loaded yet</source>
        <translation>Modelos: ainda não carregados</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Models: {0} (loaded for the next analysis)</source>
        <translation>Modelos: {0} (carregados para a próxima análise)</translation>
    </message>
    <message>
        <source>Analysing {0} of {1}</source>
        <translation>Analisando {0} de {1}</translation>
    </message>
    <message>
        <source>Models: loading {0}…</source>
        <translation>Modelos: carregando {0}…</translation>
    </message>
    <message>
        <source>Models: </source>
        <translation>Modelos: </translation>
    </message>
    <message>
        <source>Models: not available</source>
        <translation>Modelos: indisponíveis</translation>
    </message>
    <message>
        <source>Models not available</source>
        <translation>Modelos indisponíveis</translation>
    </message>
    <message>
        <source>Fields are still added and can be counted by hand. Fix the slide&apos;s model profile (its files, or import the model again), then Re-analyse (Ctrl+R) loads it again.</source>
        <translation>Os campos continuam a ser adicionados e podem ser contados à mão. Corrija o perfil de modelos da lâmina (os arquivos, ou importe o modelo de novo); depois Reanalisar (Ctrl+R) carrega-o outra vez.</translation>
    </message>
</context>
<context>
    <name>CameraPanel</name>
    <message>
        <source>camera default</source>
        <extracomment>How long the image folder source shows each image: a technician&apos;s pause on a place. What the technician chooses from: where the frames come from.</extracomment>
        <translation>padrão da câmera</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Iniciar</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Parar</translation>
    </message>
    <message>
        <source>Capture (Space)</source>
        <translation>Capturar (Espaço)</translation>
    </message>
    <message>
        <source>Auto-capture each new place once it is still and sharp</source>
        <translation>Capturar sozinho cada lugar novo quando estiver parado e nítido</translation>
    </message>
    <message>
        <source>Live count</source>
        <translation>Contagem ao vivo</translation>
    </message>
    <message>
        <source>Draw the detector&apos;s white cells on the live view, as a capture would count</source>
        <translation>Desenhar os leucócitos do detector na imagem ao vivo, como uma captura os contaria</translation>
    </message>
    <message>
        <source>Mirror</source>
        <translation>Espelhar</translation>
    </message>
    <message>
        <source>Exposure </source>
        <translation>Exposição </translation>
    </message>
    <message>
        <source>No camera running. Choose a source and press Start.</source>
        <translation>Nenhuma câmera ligada. Escolha uma fonte e clique em Iniciar.</translation>
    </message>
    <message>
        <source>Camera {0} (OpenCV)</source>
        <translation>Câmera {0} (OpenCV)</translation>
    </message>
    <message>
        <source>Video file…</source>
        <translation>Arquivo de vídeo…</translation>
    </message>
    <message>
        <source>Image folder…</source>
        <translation>Pasta de imagens…</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Câmera</translation>
    </message>
    <message>
        <source>Image folder</source>
        <translation>Pasta de imagens</translation>
    </message>
    <message>
        <source>Video file</source>
        <translation>Arquivo de vídeo</translation>
    </message>
    <message>
        <source>Videos ({0})</source>
        <translation>Vídeos ({0})</translation>
    </message>
    <message>
        <source>Counting the live view…</source>
        <translation>Contando a imagem ao vivo…</translation>
    </message>
    <message>
        <source>In view: {0} WBC · slide so far: {1}</source>
        <translation>Na imagem: {0} leucócitos · lâmina até agora: {1}</translation>
    </message>
    <message>
        <source>Press Start to play it again.</source>
        <translation>Clique em Iniciar para reproduzir de novo.</translation>
    </message>
    <message>
        <source>{0} fps</source>
        <translation>{0} fps</translation>
    </message>
    <message>
        <source>focus {0}</source>
        <translation>foco {0}</translation>
    </message>
    <message>
        <source>Not captured: this is field {0} again. Move the stage to a new place.</source>
        <translation>Não capturado: é de novo o campo {0}. Mova a platina para outro lugar.</translation>
    </message>
    <message>
        <source>Not captured: this place was just captured. Move the stage.</source>
        <translation>Não capturado: este lugar acabou de ser capturado. Mova a platina.</translation>
    </message>
</context>
<context>
    <name>Corrections</name>
    <message>
        <source>Select a cell first (click, or Tab).</source>
        <translation>Escolha primeiro uma célula (clique ou Tab).</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Desfeito</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>Nada a desfazer.</translation>
    </message>
    <message>
        <source>Redone</source>
        <translation>Refeito</translation>
    </message>
    <message>
        <source>Nothing to redo.</source>
        <translation>Nada a refazer.</translation>
    </message>
</context>
<context>
    <name>CountPanel</name>
    <message>
        <source>{0}: {1} ({2} / 100 WBC)</source>
        <translation>{0}: {1} ({2} / 100 leucócitos)</translation>
    </message>
    <message>
        <source>WBC {0} ×10⁹/L</source>
        <translation>Leucócitos {0} ×10⁹/L</translation>
    </message>
    <message>
        <source>corrected WBC {0}</source>
        <translation>leucócitos corrigidos {0}</translation>
    </message>
    <message>
        <source>BLASTS: {0} ({1}%)</source>
        <translation>BLASTOS: {0} ({1}%)</translation>
    </message>
    <message>
        <source>Target of {0} cells reached</source>
        <translation>Meta de {0} células atingida</translation>
    </message>
</context>
<context>
    <name>DatabaseDialog</name>
    <message>
        <source>Database</source>
        <translation>Banco de dados</translation>
    </message>
    <message>
        <source>This computer (its own slides)</source>
        <translation>Este computador (as suas próprias lâminas)</translation>
    </message>
    <message>
        <source>Lab server (the slides of every station)</source>
        <translation>Servidor do laboratório (as lâminas de todos os postos)</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Testar a ligação</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Endereço do servidor</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>O seu nome</translation>
    </message>
    <message>
        <source>Your password</source>
        <translation>A sua palavra-passe</translation>
    </message>
    <message>
        <source>The server address, your name and your password are needed.</source>
        <translation>São necessários o endereço do servidor, o seu nome e a sua palavra-passe.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>A ligar…</translation>
    </message>
    <message>
        <source>Connecting to the lab server</source>
        <translation>A ligação ao servidor do laboratório</translation>
    </message>
    <message>
        <source>Connected: {0} can work here.</source>
        <translation>Ligado: {0} pode trabalhar aqui.</translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message>
        <source>The slide database</source>
        <extracomment>How a message reaches the person; replaced in tests (a modal dialog would block them).</extracomment>
        <translation>O banco de dados de lâminas</translation>
    </message>
    <message>
        <source>{0} Your earlier work is in the database and its daily backups; run python -m app slides verify to see what is damaged.</source>
        <translation>{0} Seu trabalho anterior está no banco e nas cópias diárias; execute python -m app slides verify para ver o que está danificado.</translation>
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
        <translation>O SmearCount encontrou um problema inesperado ({0}). Seu trabalho até aqui está salvo. Os detalhes estão no arquivo de log.</translation>
    </message>
</context>
<context>
    <name>Explainer</name>
    <message>
        <source>Select one cell to explain.</source>
        <translation>Escolha uma célula para explicar.</translation>
    </message>
    <message>
        <source>Explaining the selected cell…</source>
        <translation>Explicando a célula escolhida…</translation>
    </message>
    <message>
        <source>The explanation</source>
        <translation>A explicação</translation>
    </message>
    <message>
        <source>Bright = what mattered for &apos;{0}&apos; ({1}); {2} forward passes, {3} s.</source>
        <translation>Claro = o que importou para &apos;{0}&apos; ({1}); {2} passagens, {3} s.</translation>
    </message>
</context>
<context>
    <name>FieldIntake</name>
    <message>
        <source>Import stopped when the slide was closed: {0} image(s) stored as fields (analysed when the slide is opened again), {1} not read.</source>
        <translation>A importação parou ao fechar a lâmina: {0} imagem(ns) guardada(s) como campos (analisadas quando a lâmina for aberta de novo), {1} não lida(s).</translation>
    </message>
    <message>
        <source>Opening {0} image(s)…</source>
        <translation>Abrindo {0} imagem(ns)…</translation>
    </message>
    <message>
        <source>Slide signed</source>
        <translation>Lâmina assinada</translation>
    </message>
    <message>
        <source>This slide is signed; unsign it to add fields.</source>
        <translation>Esta lâmina está assinada; retire a assinatura para adicionar campos.</translation>
    </message>
    <message>
        <source>Field {0}: {1}. Consider capturing it again.</source>
        <translation>Campo {0}: {1}. Considere capturá-lo de novo.</translation>
    </message>
    <message>
        <source>Some images were not added or not analysed</source>
        <translation>Algumas imagens não foram adicionadas ou analisadas</translation>
    </message>
    <message>
        <source>Analysis finished.</source>
        <translation>Análise concluída.</translation>
    </message>
</context>
<context>
    <name>FieldStrip</name>
    <message>
        <source>analysing…</source>
        <translation>analisando…</translation>
    </message>
    <message>
        <source>analysis failed</source>
        <translation>análise falhou</translation>
    </message>
    <message>
        <source>{0} WBC</source>
        <translation>{0} leuc.</translation>
    </message>
    <message>
        <source>✓ reviewed</source>
        <translation>✓ revisto</translation>
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
        <translation>{0} selecionadas: tecle a classe ou arraste-as para uma linha.</translation>
    </message>
    <message>
        <source>Click a cell to select it (Ctrl/Shift+click for more); double-click to see it in its field.</source>
        <translation>Clique numa célula para escolhê-la (Ctrl/Shift+clique para mais); clique duplo para vê-la no campo.</translation>
    </message>
    <message>
        <source>No white cells yet: they appear here once fields are analysed.</source>
        <translation>Ainda não há leucócitos: aparecem aqui quando os campos são analisados.</translation>
    </message>
</context>
<context>
    <name>LabAdaptationDialog</name>
    <message>
        <source>Lab adaptation</source>
        <translation>Adaptação ao laboratório</translation>
    </message>
    <message>
        <source>SmearCount learns this lab&apos;s microscope from the cells you confirmed or corrected (reviewed, relabelled, accepted with Enter) on slides of the profile &apos;{0}&apos;. A fit is checked on whole slides it did not see and types new analyses only when it beats the models alone by {1} of top-1 there (from {2} slides on). Cells already typed keep their labels; re-analyse a field to retype it.</source>
        <translation>O SmearCount aprende o microscópio deste laboratório com as células que você confirmou ou corrigiu (revistas, reclassificadas, aceitas com Enter) nas lâminas do perfil &apos;{0}&apos;. Um ajuste é verificado em lâminas inteiras que não viu e só classifica análises novas quando ali supera os modelos sozinhos em {1} de top-1 (a partir de {2} lâminas). Células já classificadas mantêm a classe; reanalise um campo para reclassificá-lo.</translation>
    </message>
    <message>
        <source>Use the lab adaptation for new analyses</source>
        <translation>Usar a adaptação nas análises novas</translation>
    </message>
    <message>
        <source>Refit now</source>
        <translation>Reajustar agora</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Redefinir</translation>
    </message>
    <message>
        <source>This profile has no classifier.</source>
        <translation>Este perfil não tem classificador.</translation>
    </message>
    <message>
        <source>Fitting… (the window can be used meanwhile)</source>
        <translation>Ajustando… (a janela pode ser usada enquanto isso)</translation>
    </message>
    <message>
        <source>Lab adaptation not fitted</source>
        <translation>Adaptação não ajustada</translation>
    </message>
    <message>
        <source>Lab adaptation not reset</source>
        <translation>Adaptação não redefinida</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>SmearCount — Slides</source>
        <translation>SmearCount — Lâminas</translation>
    </message>
    <message>
        <source> (signed, read-only)</source>
        <translation> (assinada, somente leitura)</translation>
    </message>
    <message>
        <source> (finished)</source>
        <translation> (concluída)</translation>
    </message>
    <message>
        <source> (counting on this computer — will be sent to the lab server)</source>
        <translation> (a contar neste computador — será enviada para o servidor do laboratório)</translation>
    </message>
    <message>
        <source> (looking only: open at another station)</source>
        <translation> (só ver: aberta noutro posto)</translation>
    </message>
    <message>
        <source>Import stopped</source>
        <translation>Importação interrompida</translation>
    </message>
    <message>
        <source>Unsign slide</source>
        <translation>Retirar a assinatura</translation>
    </message>
    <message>
        <source>Reason (kept in the audit trail):</source>
        <translation>Motivo (fica na auditoria):</translation>
    </message>
    <message>
        <source>Profile saved: {0}</source>
        <translation>Perfil salvo: {0}</translation>
    </message>
    <message>
        <source>Slides from {0}.</source>
        <translation>Lâminas de {0}.</translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation>Configurações não salvas</translation>
    </message>
    <message>
        <source>Lab adaptation not refitted: </source>
        <translation>Adaptação não reajustada: </translation>
    </message>
</context>
<context>
    <name>ModelForm</name>
    <message>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <source>Counts as</source>
        <translation>Conta como</translation>
    </message>
    <message>
        <source>Classes (in output order)</source>
        <translation>Classes (na ordem de saída)</translation>
    </message>
    <message>
        <source>Colour order</source>
        <translation>Ordem das cores</translation>
    </message>
    <message>
        <source>Input range</source>
        <translation>Faixa de entrada</translation>
    </message>
    <message>
        <source>Detector output format</source>
        <translation>Formato de saída do detector</translation>
    </message>
    <message>
        <source>Score threshold</source>
        <translation>Limiar de pontuação</translation>
    </message>
    <message>
        <source>Crop context (x box)</source>
        <translation>Contexto do recorte (× caixa)</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Uso</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Nome do perfil</translation>
    </message>
    <message>
        <source>Classes SmearCount does not know</source>
        <translation>Classes que o SmearCount não conhece</translation>
    </message>
    <message>
        <source>Detector, own profile</source>
        <translation>Detector, perfil próprio</translation>
    </message>
    <message>
        <source>Detector, white cells typed by SmearCount&apos;s classifier</source>
        <translation>Detector, leucócitos classificados pelo classificador do SmearCount</translation>
    </message>
    <message>
        <source>Single-cell images (no detector)</source>
        <translation>Imagens de uma célula (sem detector)</translation>
    </message>
    <message>
        <source>Types the white cells SmearCount&apos;s detector finds</source>
        <translation>Classifica os leucócitos que o detector do SmearCount encontra</translation>
    </message>
    <message>
        <source>Template {0}: {1} ({2})</source>
        <translation>Modelo {0}: {1} ({2})</translation>
    </message>
    <message>
        <source>This template expects {0} classes ({1}); the model has {2}.</source>
        <translation>Este modelo espera {0} classes ({1}); o modelo tem {2}.</translation>
    </message>
</context>
<context>
    <name>ModelImportDialog</name>
    <message>
        <source>Import a model</source>
        <translation>Importar um modelo</translation>
    </message>
    <message>
        <source>Choose model…</source>
        <translation>Escolher modelo…</translation>
    </message>
    <message>
        <source>Settings file…</source>
        <translation>Arquivo de configurações…</translation>
    </message>
    <message>
        <source>A manifest (.json) from the model&apos;s maker, if it is not beside the model</source>
        <translation>Um manifesto (.json) do autor do modelo, se não estiver ao lado do modelo</translation>
    </message>
    <message>
        <source>No model chosen.</source>
        <translation>Nenhum modelo escolhido.</translation>
    </message>
    <message>
        <source>Run self-test</source>
        <translation>Executar autoteste</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>Salvar perfil</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Reference images: three rendered fields, plus the lab&apos;s own in {0}</source>
        <translation>Imagens de referência: três campos gerados, mais as do laboratório em {0}</translation>
    </message>
    <message>
        <source>Choose an ONNX model</source>
        <translation>Escolha um modelo ONNX</translation>
    </message>
    <message>
        <source>ONNX models (*.onnx)</source>
        <translation>Modelos ONNX (*.onnx)</translation>
    </message>
    <message>
        <source>Choose the model&apos;s settings</source>
        <translation>Escolha as configurações do modelo</translation>
    </message>
    <message>
        <source>Manifests (*.json)</source>
        <translation>Manifestos (*.json)</translation>
    </message>
    <message>
        <source>Reading {0}…</source>
        <translation>Lendo {0}…</translation>
    </message>
    <message>
        <source>Reading the model</source>
        <translation>A leitura do modelo</translation>
    </message>
    <message>
        <source>assumed: {0}</source>
        <translation>suposto: {0}</translation>
    </message>
    <message>
        <source>Read:</source>
        <translation>Lido:</translation>
    </message>
    <message>
        <source>Running the self-test…</source>
        <translation>Executando o autoteste…</translation>
    </message>
    <message>
        <source>The self-test</source>
        <translation>O autoteste</translation>
    </message>
    <message>
        <source>&lt;b&gt;Self-test passed.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Autoteste aprovado.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Self-test warnings: check the settings before saving.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Avisos do autoteste: confira as configurações antes de salvar.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Save despite warnings?</source>
        <translation>Salvar apesar dos avisos?</translation>
    </message>
    <message>
        <source>The self-test warned:

{0}

Save the profile anyway?</source>
        <translation>O autoteste avisou:

{0}

Salvar o perfil mesmo assim?</translation>
    </message>
    <message>
        <source>Saved the profile {0}. Choose it for a new slide (or in Settings).</source>
        <translation>Perfil {0} salvo. Escolha-o para uma lâmina nova (ou em Configurações).</translation>
    </message>
</context>
<context>
    <name>NewSlideDialog</name>
    <message>
        <source>New slide</source>
        <translation>Nova lâmina</translation>
    </message>
    <message>
        <source>Peripheral blood</source>
        <translation>Sangue periférico</translation>
    </message>
    <message>
        <source>Bone marrow</source>
        <translation>Medula óssea</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>não informado</translation>
    </message>
    <message>
        <source>Sample / slide ID</source>
        <translation>ID da amostra / lâmina</translation>
    </message>
    <message>
        <source>Patient ID</source>
        <translation>ID do paciente</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Idade</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <source>Specimen</source>
        <translation>Amostra</translation>
    </message>
    <message>
        <source>Stain</source>
        <translation>Coloração</translation>
    </message>
    <message>
        <source>WBC count (×10⁹/L)</source>
        <translation>Leucócitos (×10⁹/L)</translation>
    </message>
    <message>
        <source>Target (cells)</source>
        <translation>Meta (células)</translation>
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
        <translation>Dados da lâmina</translation>
    </message>
    <message>
        <source>The sample / slide ID is needed.</source>
        <translation>É preciso o ID da amostra / lâmina.</translation>
    </message>
</context>
<context>
    <name>PeopleDialog</name>
    <message>
        <source>People</source>
        <translation>Pessoas</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Função</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Adicionar</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nova senha</translation>
    </message>
    <message>
        <source>Set role</source>
        <translation>Mudar função</translation>
    </message>
    <message>
        <source>Let go…</source>
        <translation>Desligar…</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Senha</translation>
    </message>
    <message>
        <source>The same again</source>
        <translation>Repita</translation>
    </message>
    <message>
        <source>Listing the people</source>
        <translation>A listar as pessoas</translation>
    </message>
    <message>
        <source>{0} can sign in as {1}.</source>
        <translation>{0} pode entrar como {1}.</translation>
    </message>
    <message>
        <source>{0} signs in with the new password.</source>
        <translation>{0} entra com a nova senha.</translation>
    </message>
    <message>
        <source>{0} is {1} from now on.</source>
        <translation>{0} é {1} a partir de agora.</translation>
    </message>
    <message>
        <source>Let go</source>
        <translation>Desligar</translation>
    </message>
    <message>
        <source>{0} will no longer sign in at any station. Their name stays on every audit entry they made.</source>
        <translation>{0} deixará de entrar em qualquer posto. O seu nome permanece em cada entrada do registo de auditoria que fez.</translation>
    </message>
    <message>
        <source>{0} no longer signs in.</source>
        <translation>{0} já não pode entrar.</translation>
    </message>
    <message>
        <source>Choose a person in the list first.</source>
        <translation>Escolha primeiro uma pessoa na lista.</translation>
    </message>
    <message>
        <source>The two passwords differ; nothing was changed.</source>
        <translation>As duas senhas diferem; nada foi alterado.</translation>
    </message>
    <message>
        <source>Changing the lab&apos;s people</source>
        <translation>A alterar as pessoas do laboratório</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>Export report</source>
        <translation>Exportar relatório</translation>
    </message>
    <message>
        <source>Report written: {0}</source>
        <translation>Relatório gravado: {0}</translation>
    </message>
    <message>
        <source>Export PDF summary</source>
        <translation>Exportar resumo PDF</translation>
    </message>
    <message>
        <source>PDF summary written: {0}</source>
        <translation>Resumo PDF gravado: {0}</translation>
    </message>
    <message>
        <source>Summary ready to print</source>
        <translation>Resumo pronto para imprimir</translation>
    </message>
    <message>
        <source>Result for the LIS in {0}</source>
        <translation>Resultado para o LIS em {0}</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>Não impresso</translation>
    </message>
    <message>
        <source>Summary sent to the printer</source>
        <translation>Resumo enviado à impressora</translation>
    </message>
    <message>
        <source> (DRAFT: the slide is not finished)</source>
        <translation> (RASCUNHO: a lâmina não está concluída)</translation>
    </message>
    <message>
        <source>The report</source>
        <translation>O relatório</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Gravando o relatório…</translation>
    </message>
    <message>
        <source>Report not written</source>
        <translation>Relatório não gravado</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <source>model&apos;s own</source>
        <translation>o do modelo</translation>
    </message>
    <message>
        <source>empty: estimated on each field from the red cells</source>
        <translation>vazio: estimada em cada campo pelos eritrócitos</translation>
    </message>
    <message>
        <source>leave empty to keep the operator&apos;s PIN</source>
        <translation>deixe vazio para manter o PIN do operador</translation>
    </message>
    <message>
        <source>default per-user folder (restart to apply)</source>
        <translation>pasta padrão do usuário (ao reiniciar)</translation>
    </message>
    <message>
        <source> WBC</source>
        <translation> leucócitos</translation>
    </message>
    <message>
        <source>none: no CSV/HL7 result is written</source>
        <translation>nenhuma: nenhum resultado CSV/HL7 é gravado</translation>
    </message>
    <message>
        <source>The system&apos;s ({0})</source>
        <translation>O do sistema ({0})</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operador</translation>
    </message>
    <message>
        <source>Language (from the next start)</source>
        <translation>Idioma (a partir do próximo início)</translation>
    </message>
    <message>
        <source>Reports in English (for a referral lab)</source>
        <translation>Relatórios em inglês (para um laboratório de referência)</translation>
    </message>
    <message>
        <source>Model profile</source>
        <translation>Perfil de modelos</translation>
    </message>
    <message>
        <source>Detection threshold</source>
        <translation>Limiar de detecção</translation>
    </message>
    <message>
        <source>Camera scale (µm per pixel)</source>
        <translation>Escala da câmera (µm por pixel)</translation>
    </message>
    <message>
        <source>For this camera and objective: photograph a stage micrometer and divide its length in µm by its length in pixels. Applies to fields analysed from now on.</source>
        <translation>Para esta câmera e objetiva: fotografe uma lâmina micrométrica e divida o seu comprimento em µm pelo seu comprimento em pixels. Vale para os campos analisados a partir de agora.</translation>
    </message>
    <message>
        <source>Review cells below confidence</source>
        <translation>Rever células com confiança abaixo de</translation>
    </message>
    <message>
        <source>Show labels</source>
        <translation>Mostrar rótulos</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Cores</translation>
    </message>
    <message>
        <source>Warn below focus score</source>
        <translation>Avisar com foco abaixo de</translation>
    </message>
    <message>
        <source>Sound at target</source>
        <translation>Som ao atingir a meta</translation>
    </message>
    <message>
        <source>Lab name</source>
        <translation>Nome do laboratório</translation>
    </message>
    <message>
        <source>Lab address</source>
        <translation>Endereço do laboratório</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Pasta de dados</translation>
    </message>
    <message>
        <source>Report paper</source>
        <translation>Papel do relatório</translation>
    </message>
    <message>
        <source>High/low flags from</source>
        <translation>Alertas alto/baixo a partir de</translation>
    </message>
    <message>
        <source>Result folder for the LIS (on signing)</source>
        <translation>Pasta de resultados para o LIS (ao assinar)</translation>
    </message>
    <message>
        <source>Operator&apos;s signing PIN (new)</source>
        <translation>PIN de assinatura do operador (novo)</translation>
    </message>
    <message>
        <source>Signing needs a PIN</source>
        <translation>A assinatura exige um PIN</translation>
    </message>
    <message>
        <source>Key: {0}</source>
        <translation>Tecla: {0}</translation>
    </message>
    <message>
        <source>Key {0} is given to {1}: give each category its own key.</source>
        <translation>A tecla {0} foi dada a {1}: dê a cada categoria a sua própria tecla.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> e </translation>
    </message>
    <message>
        <source>from the lab server: {0} v{1}</source>
        <translation>do servidor do laboratório: {0} v{1}</translation>
    </message>
    <message>
        <source>this computer&apos;s own profile</source>
        <translation>perfil próprio deste computador</translation>
    </message>
</context>
<context>
    <name>SlideTableModel</name>
    <message>
        <source>open</source>
        <translation>aberta</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>concluída</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>assinada</translation>
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
        <translation>Galeria</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Câmera</translation>
    </message>
    <message>
        <source>That is outside the image: click on the cell.</source>
        <translation>Isso está fora da imagem: clique na célula.</translation>
    </message>
    <message>
        <source>No fields yet.

Add this slide&apos;s field images with File → Open images (Ctrl+O) or Open folder, drop image files here, or capture them in the Camera tab.</source>
        <translation>Ainda não há campos.

Adicione as imagens dos campos desta lâmina com Arquivo → Abrir imagens (Ctrl+O) ou Abrir pasta, solte arquivos de imagem aqui ou capture-os na aba Câmera.</translation>
    </message>
    <message>
        <source>New cell: press its class key (Esc cancels).</source>
        <translation>Célula nova: tecle a sua classe (Esc cancela).</translation>
    </message>
    <message>
        <source>Every cell has been reviewed.</source>
        <translation>Todas as células foram revistas.</translation>
    </message>
    <message>
        <source>Target of {0} cells reached.</source>
        <translation>Meta de {0} células atingida.</translation>
    </message>
</context>
<context>
    <name>StartView</name>
    <message>
        <source>Search sample or patient ID</source>
        <translation>Buscar ID da amostra ou do paciente</translation>
    </message>
    <message>
        <source>All slides</source>
        <translation>Todas as lâminas</translation>
    </message>
    <message>
        <source>Awaiting signature</source>
        <translation>A aguardar assinatura</translation>
    </message>
    <message>
        <source>New slide…</source>
        <translation>Nova lâmina…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>More slides…</source>
        <translation>Mais lâminas…</translation>
    </message>
    <message>
        <source>in use: {0}</source>
        <translation>em uso: {0}</translation>
    </message>
    <message>
        <source>replaced by slide {0} (counted offline): kept for the record</source>
        <translation>substituída pela lâmina {0} (contada sem conexão): guardada como registro</translation>
    </message>
    <message>
        <source>{0} slide(s) await a signature: flagged first, then the oldest.</source>
        <translation>{0} lâmina(s) a aguardar assinatura: primeiro as com alertas, depois as mais antigas.</translation>
    </message>
    <message>
        <source>No finished slide awaits a signature.</source>
        <translation>Nenhuma lâmina terminada aguarda assinatura.</translation>
    </message>
    <message>
        <source>{0} unfinished slide(s): double-click to resume.</source>
        <translation>{0} lâmina(s) não concluída(s): clique duplo para continuar.</translation>
    </message>
    <message>
        <source>Double-click a slide to open it, or start a New slide (Ctrl+N).</source>
        <translation>Clique duplo numa lâmina para abri-la, ou comece uma Nova lâmina (Ctrl+N).</translation>
    </message>
    <message>
        <source>No slide&apos;s sample or patient ID contains “{1}”.</source>
        <translation>Nenhum ID de amostra ou de paciente contém “{1}”.</translation>
    </message>
    <message>
        <source>No slides yet. Press New slide (Ctrl+N) and give the sample ID; then add the field images with File → Open images (Ctrl+O), Open folder, by dropping image files on the window, or from the Camera tab.</source>
        <translation>Ainda não há lâminas. Clique em Nova lâmina (Ctrl+N) e informe o ID da amostra; depois adicione as imagens dos campos com Arquivo → Abrir imagens (Ctrl+O), Abrir pasta, soltando arquivos na janela ou pela aba Câmera.</translation>
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
        <translation>Exportar dados de treino</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Escolher…</translation>
    </message>
    <message>
        <source>Slides</source>
        <translation>Lâminas</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Empty folder</source>
        <translation>Pasta vazia</translation>
    </message>
    <message>
        <source>Final boxes and classes only; no patient or sample ID is written (files are named by slide and field number).</source>
        <translation>Só caixas e classes finais; nenhum ID de paciente ou de amostra é gravado (arquivos nomeados pelo número da lâmina e do campo).</translation>
    </message>
    <message>
        <source>Export training data to</source>
        <translation>Exportar dados de treino para</translation>
    </message>
    <message>
        <source>Choose at least one slide.</source>
        <translation>Escolha pelo menos uma lâmina.</translation>
    </message>
    <message>
        <source>Choose a folder to write to.</source>
        <translation>Escolha uma pasta para gravar.</translation>
    </message>
    <message>
        <source>Choose a new or empty folder.</source>
        <translation>Escolha uma pasta nova ou vazia.</translation>
    </message>
</context>
</TS>
