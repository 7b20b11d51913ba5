<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name></name>
    <message>
        <source>{0} cells selected.</source>
        <translation>{0} cellules sélectionnées.</translation>
    </message>
    <message>
        <source>added by hand</source>
        <translation>ajoutée à la main</translation>
    </message>
    <message>
        <source>corrected (the model said {0})</source>
        <translation>corrigée (le modèle disait {0})</translation>
    </message>
    <message>
        <source>model {0} sure</source>
        <translation>modèle sûr à {0}</translation>
    </message>
    <message>
        <source>not counted ({0})</source>
        <translation>non comptée ({0})</translation>
    </message>
    <message>
        <source>classifier stages: </source>
        <translation>étapes du classifieur : </translation>
    </message>
    <message>
        <source>Click</source>
        <extracomment>What the mouse and the keys the view handles itself (not actions) do.</extracomment>
        <translation>Clic</translation>
    </message>
    <message>
        <source>select a white cell; on a spot without one: add a cell there, then its class key</source>
        <translation>choisir un leucocyte ; là où il n&apos;y en a pas : y ajouter une cellule, puis la touche de sa classe</translation>
    </message>
    <message>
        <source>Shift+click</source>
        <translation>Maj+clic</translation>
    </message>
    <message>
        <source>always add a cell, even inside another cell&apos;s box</source>
        <translation>toujours ajouter une cellule, même dans la boîte d&apos;une autre</translation>
    </message>
    <message>
        <source>Ctrl+click</source>
        <translation>Ctrl+clic</translation>
    </message>
    <message>
        <source>add a cell to the selection (Gallery: Ctrl/Shift+click)</source>
        <translation>ajouter une cellule à la sélection (Galerie : Ctrl/Maj+clic)</translation>
    </message>
    <message>
        <source>Drag</source>
        <translation>Glisser</translation>
    </message>
    <message>
        <source>draw the box of a missed cell, then its class key</source>
        <translation>tracer la boîte d&apos;une cellule oubliée, puis la touche de sa classe</translation>
    </message>
    <message>
        <source>Drag a selected box&apos;s corner</source>
        <translation>Glisser un coin de la boîte choisie</translation>
    </message>
    <message>
        <source>resize the box</source>
        <translation>redimensionner la boîte</translation>
    </message>
    <message>
        <source>Right-click</source>
        <translation>Clic droit</translation>
    </message>
    <message>
        <source>the cell&apos;s menu: class, corrections, explain</source>
        <translation>le menu de la cellule : classe, corrections, expliquer</translation>
    </message>
    <message>
        <source>Middle-drag / wheel</source>
        <translation>Glisser avec le bouton du milieu / molette</translation>
    </message>
    <message>
        <source>pan / zoom the field</source>
        <translation>déplacer / zoomer le champ</translation>
    </message>
    <message>
        <source>Tab / Shift+Tab</source>
        <translation>Tab / Maj+Tab</translation>
    </message>
    <message>
        <source>next / previous white cell in reading order</source>
        <translation>leucocyte suivant / précédent dans l&apos;ordre de lecture</translation>
    </message>
    <message>
        <source>Gallery: drag</source>
        <translation>Galerie : glisser</translation>
    </message>
    <message>
        <source>drop the selected cells on another class row</source>
        <translation>déposer les cellules choisies sur la ligne d&apos;une autre classe</translation>
    </message>
    <message>
        <source>Gallery: double-click</source>
        <translation>Galerie : double-clic</translation>
    </message>
    <message>
        <source>see the cell in its field</source>
        <translation>voir la cellule dans son champ</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>Mouse and view</source>
        <translation>Souris et vue</translation>
    </message>
    <message>
        <source>Every other command is in the menus: Alt and the underlined letter.</source>
        <translation>Toutes les autres commandes sont dans les menus : Alt et la lettre soulignée.</translation>
    </message>
    <message>
        <source>Keys and mouse</source>
        <translation>Touches et souris</translation>
    </message>
    <message>
        <source>Go on anyway? Your choice is kept in the audit trail.</source>
        <translation>Continuer quand même ? Votre choix est gardé dans la piste d&apos;audit.</translation>
    </message>
    <message>
        <source>Finish slide</source>
        <translation>Terminer la lame</translation>
    </message>
    <message>
        <source>Finish anyway</source>
        <translation>Terminer quand même</translation>
    </message>
    <message>
        <source>Comment (optional):</source>
        <translation>Commentaire (facultatif) :</translation>
    </message>
    <message>
        <source>Sign slide</source>
        <translation>Signer la lame</translation>
    </message>
    <message>
        <source>Sign anyway</source>
        <translation>Signer quand même</translation>
    </message>
    <message>
        <source>Operator name (the slide becomes read-only):</source>
        <translation>Nom de l&apos;opérateur (la lame passe en lecture seule) :</translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation>Non signée</translation>
    </message>
    <message>
        <source>{0} has no signing PIN yet: set one in Settings, then sign.</source>
        <translation>{0} n&apos;a pas encore de PIN de signature : définissez-le dans Paramètres, puis signez.</translation>
    </message>
    <message>
        <source>Signing PIN of {0}:</source>
        <translation>PIN de signature de {0} :</translation>
    </message>
    <message>
        <source>That is not the signing PIN of {0}.</source>
        <translation>Ce n&apos;est pas le PIN de signature de {0}.</translation>
    </message>
    <message>
        <source>adding a cell</source>
        <extracomment>A store action&apos;s kind -&gt; what a person calls it.</extracomment>
        <translation>l&apos;ajout d&apos;une cellule</translation>
    </message>
    <message>
        <source>resizing a cell</source>
        <translation>le redimensionnement d&apos;une cellule</translation>
    </message>
    <message>
        <source>class change</source>
        <translation>le changement de classe</translation>
    </message>
    <message>
        <source>deleting a false detection</source>
        <translation>la suppression d&apos;une fausse détection</translation>
    </message>
    <message>
        <source>marking not counted</source>
        <translation>le marquage « non comptée »</translation>
    </message>
    <message>
        <source>counting again</source>
        <translation>le recomptage</translation>
    </message>
    <message>
        <source>accepting</source>
        <translation>l&apos;acceptation</translation>
    </message>
    <message>
        <source>removing a field</source>
        <translation>le retrait d&apos;un champ</translation>
    </message>
    <message>
        <source>re-analysing the field</source>
        <translation>la réanalyse du champ</translation>
    </message>
    <message>
        <source>editing the slide details</source>
        <translation>la modification des données de la lame</translation>
    </message>
    <message>
        <source>finishing the slide</source>
        <translation>la clôture de la lame</translation>
    </message>
    <message>
        <source> of 1 cell</source>
        <translation> de 1 cellule</translation>
    </message>
    <message>
        <source> of {0} cells</source>
        <translation> de {0} cellules</translation>
    </message>
    <message>
        <source> in field {0}</source>
        <translation> dans le champ {0}</translation>
    </message>
    <message>
        <source>Slide not deleted</source>
        <translation>Lame non supprimée</translation>
    </message>
    <message>
        <source>A signed slide cannot be deleted; unsign it first (an audited act).</source>
        <translation>Une lame signée ne peut pas être supprimée ; retirez d&apos;abord la signature (acte audité).</translation>
    </message>
    <message>
        <source>Delete slide</source>
        <translation>Supprimer la lame</translation>
    </message>
    <message>
        <source>Delete slide {0} with its {1} fields and {2} cells? Reason (kept in the audit trail):</source>
        <translation>Supprimer la lame {0} avec ses {1} champs et {2} cellules ? Raison (gardée dans l&apos;audit) :</translation>
    </message>
    <message>
        <source>Slide {0} deleted.</source>
        <translation>Lame {0} supprimée.</translation>
    </message>
    <message>
        <source>Class</source>
        <extracomment>The corrections offered by the Edit menu and the context menu, in that order.</extracomment>
        <translation>Classe</translation>
    </message>
    <message>
        <source>Remove field {0} ({1}) and its {2} white cells from the count? Undo (Ctrl+Z) brings it back.</source>
        <translation>Retirer du compte le champ {0} ({1}) et ses {2} leucocytes ? Annuler (Ctrl+Z) le rétablit.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Delete false detection</source>
        <translation>Supprimer une fausse détection</translation>
    </message>
    <message>
        <source>Not counted: {0}</source>
        <translation>Non comptée : {0}</translation>
    </message>
    <message>
        <source>Count again</source>
        <translation>Compter de nouveau</translation>
    </message>
    <message>
        <source>Accept and go to next to review</source>
        <translation>Accepter et passer à la suivante à revoir</translation>
    </message>
    <message>
        <source>Next cell to review</source>
        <translation>Cellule suivante à revoir</translation>
    </message>
    <message>
        <source>Next field</source>
        <translation>Champ suivant</translation>
    </message>
    <message>
        <source>Previous field</source>
        <translation>Champ précédent</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajuster</translation>
    </message>
    <message>
        <source>1:1</source>
        <translation>1:1</translation>
    </message>
    <message>
        <source>Re-analyse field</source>
        <translation>Réanalyser le champ</translation>
    </message>
    <message>
        <source>Remove field</source>
        <translation>Retirer le champ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Explain: what the classifier looked at</source>
        <translation>Expliquer : ce que le classifieur a regardé</translation>
    </message>
    <message>
        <source>Capture field</source>
        <translation>Capturer le champ</translation>
    </message>
    <message>
        <source>Show labels</source>
        <translation>Afficher les étiquettes</translation>
    </message>
    <message>
        <source>Show keypad</source>
        <translation>Afficher le pavé</translation>
    </message>
    <message>
        <source>&amp;New slide…</source>
        <translation>&amp;Nouvelle lame…</translation>
    </message>
    <message>
        <source>&amp;Open images…</source>
        <translation>&amp;Ouvrir des images…</translation>
    </message>
    <message>
        <source>Open &amp;folder…</source>
        <translation>Ouvrir un &amp;dossier…</translation>
    </message>
    <message>
        <source>&amp;Import a model…</source>
        <translation>&amp;Importer un modèle…</translation>
    </message>
    <message>
        <source>&amp;Slides</source>
        <translation>&amp;Lames</translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation>&amp;Exporter le rapport…</translation>
    </message>
    <message>
        <source>Export &amp;PDF summary…</source>
        <translation>Exporter la synthèse &amp;PDF…</translation>
    </message>
    <message>
        <source>&amp;Print summary…</source>
        <translation>Im&amp;primer la synthèse…</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>Para&amp;mètres…</translation>
    </message>
    <message>
        <source>&amp;Database…</source>
        <translation>&amp;Base de données…</translation>
    </message>
    <message>
        <source>&amp;People…</source>
        <translation>&amp;Personnes…</translation>
    </message>
    <message>
        <source>P&amp;ublish profile…</source>
        <translation>P&amp;ublier un profil…</translation>
    </message>
    <message>
        <source>&amp;Lab adaptation…</source>
        <translation>Adaptation au &amp;laboratoire…</translation>
    </message>
    <message>
        <source>Export &amp;training data…</source>
        <translation>Exporter des données d&apos;&amp;entraînement…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Keys and mouse…</source>
        <translation>&amp;Touches et souris…</translation>
    </message>
    <message>
        <source>&amp;Finish slide…</source>
        <translation>&amp;Terminer la lame…</translation>
    </message>
    <message>
        <source>&amp;Sign slide…</source>
        <translation>&amp;Signer la lame…</translation>
    </message>
    <message>
        <source>&amp;Unsign slide…</source>
        <translation>&amp;Retirer la signature…</translation>
    </message>
    <message>
        <source>Edit slide &amp;details…</source>
        <translation>Modifier les &amp;données de la lame…</translation>
    </message>
    <message>
        <source>&amp;Delete slide…</source>
        <translation>Supprimer la &amp;lame…</translation>
    </message>
    <message>
        <source>Key  Category</source>
        <extracomment>Hidden in this order when the panel is narrow: 95% CI, absolute count, reference range.</extracomment>
        <translation>Touche  Catégorie</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>95% CI</source>
        <translation>IC 95 %</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Alerte</translation>
    </message>
    <message>
        <source>Sample / slide</source>
        <translation>Échantillon / lame</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Champs</translation>
    </message>
    <message>
        <source>WBC counted</source>
        <translation>Leucocytes comptés</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Dernière modification</translation>
    </message>
    <message>
        <source>YOLO detection set (images + one label file each)</source>
        <translation>Jeu de détection YOLO (images + un fichier d&apos;étiquettes chacune)</translation>
    </message>
    <message>
        <source>COCO JSON (images + annotations.json)</source>
        <translation>COCO JSON (images + annotations.json)</translation>
    </message>
    <message>
        <source>White-cell crops in class folders</source>
        <translation>Découpes de leucocytes dans des dossiers par classe</translation>
    </message>
    <message>
        <source>Training data written to {0}: {1} slide(s), {2} cells.</source>
        <translation>Données d&apos;entraînement écrites dans {0} : {1} lame(s), {2} cellules.</translation>
    </message>
    <message>
        <source>Exporting training data</source>
        <translation>Export des données d&apos;entraînement</translation>
    </message>
    <message>
        <source>Training data not written</source>
        <translation>Données d&apos;entraînement non écrites</translation>
    </message>
    <message>
        <source>Loading the models</source>
        <translation>Le chargement des modèles</translation>
    </message>
    <message>
        <source> (adapted)</source>
        <translation> (adapté)</translation>
    </message>
    <message>
        <source>{0}: {1} on {2}</source>
        <translation>{0} : {1} sur {2}</translation>
    </message>
    <message>
        <source>The analysis</source>
        <translation>L&apos;analyse</translation>
    </message>
    <message>
        <source>{0}: the analysis</source>
        <translation>{0} : l&apos;analyse</translation>
    </message>
    <message>
        <source>Images or a zip of cell images</source>
        <translation>Images ou zip d&apos;images de cellules</translation>
    </message>
    <message>
        <source>Open images</source>
        <translation>Ouvrir des images</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Ouvrir un dossier</translation>
    </message>
    <message>
        <source>No slide open</source>
        <translation>Aucune lame ouverte</translation>
    </message>
    <message>
        <source>Create or open a slide first, then add its fields.</source>
        <translation>Créez ou ouvrez d&apos;abord une lame, puis ajoutez ses champs.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Slide</source>
        <translation>&amp;Lame</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <source>Sign in — SmearCount</source>
        <extracomment>Start-up benchmarks: quit as soon as the window is up (bench/startup.py).</extracomment>
        <translation>Connexion — SmearCount</translation>
    </message>
    <message>
        <source>technician</source>
        <translation>technicien</translation>
    </message>
    <message>
        <source>reviewer</source>
        <translation>réviseur</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>administrateur</translation>
    </message>
    <message>
        <source>{0} ({1}) on {2}</source>
        <translation>{0} ({1}) sur {2}</translation>
    </message>
    <message>
        <source>{0} at {1} since {2}</source>
        <translation>{0} sur {1} depuis {2}</translation>
    </message>
    <message>
        <source>Slide in use</source>
        <translation>Lame en cours d&apos;utilisation</translation>
    </message>
    <message>
        <source>This slide is open at another station: {0}. Open it here to look at it only, or take it over (the other station then takes no more changes to it)?</source>
        <translation>Cette lame est ouverte sur un autre poste : {0}. L&apos;ouvrir ici en consultation seule, ou la reprendre (l&apos;autre poste ne pourra plus la modifier) ?</translation>
    </message>
    <message>
        <source>Look only</source>
        <translation>Consulter seulement</translation>
    </message>
    <message>
        <source>Take over</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Following the other station</source>
        <translation>Suivi de l&apos;autre poste</translation>
    </message>
    <message>
        <source>{0} at {1} deleted this slide: there is nothing more to see.</source>
        <translation>{0} sur {1} a supprimé cette lame : il n&apos;y a plus rien à voir.</translation>
    </message>
    <message>
        <source>{0} at {1} signed this slide.</source>
        <translation>{0} sur {1} a signé cette lame.</translation>
    </message>
    <message>
        <source>{0} at {1} finished counting this slide.</source>
        <translation>{0} sur {1} a terminé le comptage de cette lame.</translation>
    </message>
    <message>
        <source>Nobody has this slide open now: the other station closed it, or stopped answering.</source>
        <translation>Plus personne n&apos;a cette lame ouverte : l&apos;autre poste l&apos;a fermée ou ne répond plus.</translation>
    </message>
    <message>
        <source>Take it over to count on it here.</source>
        <translation>Reprenez-la pour la compter ici.</translation>
    </message>
    <message>
        <source>{0} took this slide over: this window takes no more changes to it.</source>
        <translation>{0} a repris cette lame : cette fenêtre n&apos;accepte plus de modifications.</translation>
    </message>
    <message>
        <source>{0} Nothing is counted until it answers again; everything shown is saved on the server.</source>
        <translation>{0} Rien n&apos;est compté tant qu&apos;il ne répond pas à nouveau ; tout ce qui est affiché est enregistré sur le serveur.</translation>
    </message>
    <message>
        <source>The lab server answers again; the slide was read again from it.</source>
        <translation>Le serveur du laboratoire répond à nouveau ; la lame a été relue depuis celui-ci.</translation>
    </message>
    <message>
        <source>Lab adaptation refitted: {0} stage(s), {1} switched on.</source>
        <translation>Adaptation au laboratoire réajustée : {0} étape(s), {1} activée(s).</translation>
    </message>
    <message>
        <source>Fitting the lab adaptation</source>
        <translation>Ajustement de l&apos;adaptation au laboratoire</translation>
    </message>
    <message>
        <source>{0} stopped on an unexpected error ({1}). See the log.</source>
        <translation>{0} s&apos;est arrêté(e) sur une erreur inattendue ({1}). Voir le journal.</translation>
    </message>
    <message>
        <source>The camera sent a picture in a format that cannot be shown.</source>
        <translation>La caméra a envoyé une image dans un format qui ne peut pas être affiché.</translation>
    </message>
    <message>
        <source>{0} stopped.</source>
        <translation>{0} s&apos;est arrêté(e).</translation>
    </message>
    <message>
        <source>{0} stopped sending pictures (unplugged or busy?). Plug it in (or close the other program) and press Start.</source>
        <translation>{0} n&apos;envoie plus d&apos;images (débranchée ou occupée ?). Branchez-la (ou fermez l&apos;autre programme) et appuyez sur Démarrer.</translation>
    </message>
    <message>
        <source>That camera is no longer connected. Plug it in and press Start.</source>
        <translation>Cette caméra n&apos;est plus connectée. Branchez-la et appuyez sur Démarrer.</translation>
    </message>
    <message>
        <source>The camera reported a problem: {0}. Press Start to try again.</source>
        <translation>La caméra a signalé un problème : {0}. Appuyez sur Démarrer pour réessayer.</translation>
    </message>
    <message>
        <source>Keep counting on this computer</source>
        <translation>Continuer le comptage sur cet ordinateur</translation>
    </message>
    <message>
        <source>Send now</source>
        <translation>Envoyer maintenant</translation>
    </message>
    <message>
        <source>Waiting to be sent to the lab server: {0}.</source>
        <translation>En attente d&apos;envoi au serveur du laboratoire : {0}.</translation>
    </message>
    <message>
        <source>Copying the slide to this computer</source>
        <translation>Copie de la lame sur cet ordinateur</translation>
    </message>
    <message>
        <source>Counting on this computer — will be sent to the lab server when it answers again.</source>
        <translation>Comptage sur cet ordinateur — la lame sera envoyée au serveur du laboratoire dès qu&apos;il répondra à nouveau.</translation>
    </message>
    <message>
        <source>Not copied to this computer</source>
        <translation>Non copiée sur cet ordinateur</translation>
    </message>
    <message>
        <source>Sending to the lab server</source>
        <translation>Envoi au serveur du laboratoire</translation>
    </message>
    <message>
        <source>Sent to the lab server</source>
        <translation>Envoyé au serveur du laboratoire</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Non envoyé</translation>
    </message>
    <message>
        <source>{0} It keeps waiting on this computer; send it with Send now.</source>
        <translation>{0} Elle reste en attente sur cet ordinateur ; envoyez-la avec Envoyer maintenant.</translation>
    </message>
    <message>
        <source>The models could not be loaded, so there is nothing to explain with (the status bar says why).</source>
        <translation>Les modèles n&apos;ont pas pu être chargés : il n&apos;y a donc rien pour expliquer (la barre d&apos;état dit pourquoi).</translation>
    </message>
    <message>
        <source>This cell was not typed by a classifier (its label is the detector&apos;s).</source>
        <translation>Cette cellule n&apos;a pas été typée par un classificateur (son étiquette est celle du détecteur).</translation>
    </message>
    <message>
        <source>Publish a profile</source>
        <translation>Publier un profil</translation>
    </message>
    <message>
        <source>Profiles (*.json)</source>
        <translation>Profils (*.json)</translation>
    </message>
    <message>
        <source>The lab profile&apos;s name (empty: the profile&apos;s own name):</source>
        <translation>Nom du profil du laboratoire (vide : le nom propre du profil) :</translation>
    </message>
    <message>
        <source>Publishing {0}…</source>
        <translation>Publication de {0}…</translation>
    </message>
    <message>
        <source>Publishing the profile</source>
        <translation>Publication du profil</translation>
    </message>
    <message>
        <source>Published as {0} v{1}: every station of the lab counts with it.</source>
        <translation>Publié comme {0} v{1} : tous les postes du laboratoire comptent avec lui.</translation>
    </message>
    <message>
        <source>Profile not published</source>
        <translation>Profil non publié</translation>
    </message>
</context>
<context>
    <name>AnalysisStatus</name>
    <message>
        <source>Models: not loaded yet</source>
        <translation>Modèles : pas encore chargés</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Models: {0} (loaded for the next analysis)</source>
        <translation>Modèles : {0} (chargés pour la prochaine analyse)</translation>
    </message>
    <message>
        <source>Analysing {0} of {1}</source>
        <translation>Analyse {0} sur {1}</translation>
    </message>
    <message>
        <source>Models: loading {0}…</source>
        <translation>Modèles : chargement de {0}…</translation>
    </message>
    <message>
        <source>Models: </source>
        <translation>Modèles : </translation>
    </message>
    <message>
        <source>Models: not available</source>
        <translation>Modèles : indisponibles</translation>
    </message>
    <message>
        <source>Models not available</source>
        <translation>Modèles indisponibles</translation>
    </message>
    <message>
        <source>Fields are still added and can be counted by hand. Fix the slide&apos;s model profile (its files, or import the model again), then Re-analyse (Ctrl+R) loads it again.</source>
        <translation>Les champs sont toujours ajoutés et peuvent être comptés à la main. Réparez le profil de modèles de la lame (ses fichiers, ou réimportez le modèle), puis Réanalyser (Ctrl+R) le recharge.</translation>
    </message>
</context>
<context>
    <name>CameraPanel</name>
    <message>
        <source>camera default</source>
        <extracomment>How long the image folder source shows each image: a technician&apos;s pause on a place. What the technician chooses from: where the frames come from.</extracomment>
        <translation>par défaut de la caméra</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Démarrer</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Capture (Space)</source>
        <translation>Capturer (Espace)</translation>
    </message>
    <message>
        <source>Auto-capture each new place once it is still and sharp</source>
        <translation>Capturer seul chaque nouvel endroit dès qu&apos;il est immobile et net</translation>
    </message>
    <message>
        <source>Live count</source>
        <translation>Comptage en direct</translation>
    </message>
    <message>
        <source>Draw the detector&apos;s white cells on the live view, as a capture would count</source>
        <translation>Dessiner les leucocytes du détecteur sur la vue en direct, comme une capture les compterait</translation>
    </message>
    <message>
        <source>Mirror</source>
        <translation>Miroir</translation>
    </message>
    <message>
        <source>Exposure </source>
        <translation>Exposition </translation>
    </message>
    <message>
        <source>No camera running. Choose a source and press Start.</source>
        <translation>Aucune caméra en marche. Choisissez une source et appuyez sur Démarrer.</translation>
    </message>
    <message>
        <source>Camera {0} (OpenCV)</source>
        <translation>Caméra {0} (OpenCV)</translation>
    </message>
    <message>
        <source>Video file…</source>
        <translation>Fichier vidéo…</translation>
    </message>
    <message>
        <source>Image folder…</source>
        <translation>Dossier d&apos;images…</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Caméra</translation>
    </message>
    <message>
        <source>Image folder</source>
        <translation>Dossier d&apos;images</translation>
    </message>
    <message>
        <source>Video file</source>
        <translation>Fichier vidéo</translation>
    </message>
    <message>
        <source>Videos ({0})</source>
        <translation>Vidéos ({0})</translation>
    </message>
    <message>
        <source>Counting the live view…</source>
        <translation>Comptage de la vue en direct…</translation>
    </message>
    <message>
        <source>In view: {0} WBC · slide so far: {1}</source>
        <translation>À l&apos;écran : {0} leucocytes · lame jusqu&apos;ici : {1}</translation>
    </message>
    <message>
        <source>Press Start to play it again.</source>
        <translation>Appuyez sur Démarrer pour le relire.</translation>
    </message>
    <message>
        <source>{0} fps</source>
        <translation>{0} i/s</translation>
    </message>
    <message>
        <source>focus {0}</source>
        <translation>netteté {0}</translation>
    </message>
    <message>
        <source>Not captured: this is field {0} again. Move the stage to a new place.</source>
        <translation>Non capturé : c&apos;est de nouveau le champ {0}. Déplacez la platine ailleurs.</translation>
    </message>
    <message>
        <source>Not captured: this place was just captured. Move the stage.</source>
        <translation>Non capturé : cet endroit vient d&apos;être capturé. Déplacez la platine.</translation>
    </message>
</context>
<context>
    <name>Corrections</name>
    <message>
        <source>Select a cell first (click, or Tab).</source>
        <translation>Choisissez d&apos;abord une cellule (clic ou Tab).</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>Rien à annuler.</translation>
    </message>
    <message>
        <source>Redone</source>
        <translation>Rétabli</translation>
    </message>
    <message>
        <source>Nothing to redo.</source>
        <translation>Rien à rétablir.</translation>
    </message>
</context>
<context>
    <name>CountPanel</name>
    <message>
        <source>{0}: {1} ({2} / 100 WBC)</source>
        <translation>{0} : {1} ({2} / 100 leucocytes)</translation>
    </message>
    <message>
        <source>WBC {0} ×10⁹/L</source>
        <translation>Leucocytes {0} ×10⁹/L</translation>
    </message>
    <message>
        <source>corrected WBC {0}</source>
        <translation>leucocytes corrigés {0}</translation>
    </message>
    <message>
        <source>BLASTS: {0} ({1}%)</source>
        <translation>BLASTES : {0} ({1} %)</translation>
    </message>
    <message>
        <source>Target of {0} cells reached</source>
        <translation>Objectif de {0} cellules atteint</translation>
    </message>
</context>
<context>
    <name>DatabaseDialog</name>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>This computer (its own slides)</source>
        <translation>Cet ordinateur (ses propres lames)</translation>
    </message>
    <message>
        <source>Lab server (the slides of every station)</source>
        <translation>Serveur du laboratoire (les lames de tous les postes)</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Adresse du serveur</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <source>Your password</source>
        <translation>Votre mot de passe</translation>
    </message>
    <message>
        <source>The server address, your name and your password are needed.</source>
        <translation>L&apos;adresse du serveur, votre nom et votre mot de passe sont nécessaires.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Connecting to the lab server</source>
        <translation>La connexion au serveur du laboratoire</translation>
    </message>
    <message>
        <source>Connected: {0} can work here.</source>
        <translation>Connecté : {0} peut travailler ici.</translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message>
        <source>The slide database</source>
        <extracomment>How a message reaches the person; replaced in tests (a modal dialog would block them).</extracomment>
        <translation>La base de données des lames</translation>
    </message>
    <message>
        <source>{0} Your earlier work is in the database and its daily backups; run python -m app slides verify to see what is damaged.</source>
        <translation>{0} Votre travail antérieur est dans la base et ses sauvegardes quotidiennes ; lancez python -m app slides verify pour voir ce qui est endommagé.</translation>
    </message>
    <message>
        <source>SmearCount</source>
        <translation>SmearCount</translation>
    </message>
    <message>
        <source>Unexpected problem</source>
        <translation>Problème inattendu</translation>
    </message>
    <message>
        <source>SmearCount met an unexpected problem ({0}). Your work up to this point is saved. Details are in the log file.</source>
        <translation>SmearCount a rencontré un problème inattendu ({0}). Votre travail jusqu&apos;ici est enregistré. Les détails sont dans le fichier journal.</translation>
    </message>
</context>
<context>
    <name>Explainer</name>
    <message>
        <source>Select one cell to explain.</source>
        <translation>Choisissez une cellule à expliquer.</translation>
    </message>
    <message>
        <source>Explaining the selected cell…</source>
        <translation>Explication de la cellule choisie…</translation>
    </message>
    <message>
        <source>The explanation</source>
        <translation>L&apos;explication</translation>
    </message>
    <message>
        <source>Bright = what mattered for &apos;{0}&apos; ({1}); {2} forward passes, {3} s.</source>
        <translation>Clair = ce qui a compté pour « {0} » ({1}) ; {2} passes, {3} s.</translation>
    </message>
</context>
<context>
    <name>FieldIntake</name>
    <message>
        <source>Import stopped when the slide was closed: {0} image(s) stored as fields (analysed when the slide is opened again), {1} not read.</source>
        <translation>Import arrêté à la fermeture de la lame : {0} image(s) enregistrée(s) comme champs (analysées à la prochaine ouverture), {1} non lue(s).</translation>
    </message>
    <message>
        <source>Opening {0} image(s)…</source>
        <translation>Ouverture de {0} image(s)…</translation>
    </message>
    <message>
        <source>Slide signed</source>
        <translation>Lame signée</translation>
    </message>
    <message>
        <source>This slide is signed; unsign it to add fields.</source>
        <translation>Cette lame est signée ; retirez la signature pour ajouter des champs.</translation>
    </message>
    <message>
        <source>Field {0}: {1}. Consider capturing it again.</source>
        <translation>Champ {0} : {1}. Pensez à le capturer de nouveau.</translation>
    </message>
    <message>
        <source>Some images were not added or not analysed</source>
        <translation>Certaines images n&apos;ont pas été ajoutées ou analysées</translation>
    </message>
    <message>
        <source>Analysis finished.</source>
        <translation>Analyse terminée.</translation>
    </message>
</context>
<context>
    <name>FieldStrip</name>
    <message>
        <source>analysing…</source>
        <translation>analyse…</translation>
    </message>
    <message>
        <source>analysis failed</source>
        <translation>échec de l&apos;analyse</translation>
    </message>
    <message>
        <source>{0} WBC</source>
        <translation>{0} leuco.</translation>
    </message>
    <message>
        <source>✓ reviewed</source>
        <translation>✓ revu</translation>
    </message>
</context>
<context>
    <name>Gallery</name>
    <message>
        <source>cell {0}, field {1}</source>
        <extracomment>The dragged cells travel as their ids, so any row can take them.</extracomment>
        <translation>cellule {0}, champ {1}</translation>
    </message>
    <message>
        <source>{0} selected: press a class key or drag them onto a row.</source>
        <translation>{0} sélectionnées : appuyez sur la touche d&apos;une classe ou glissez-les sur une ligne.</translation>
    </message>
    <message>
        <source>Click a cell to select it (Ctrl/Shift+click for more); double-click to see it in its field.</source>
        <translation>Cliquez une cellule pour la choisir (Ctrl/Maj+clic pour plus) ; double-cliquez pour la voir dans son champ.</translation>
    </message>
    <message>
        <source>No white cells yet: they appear here once fields are analysed.</source>
        <translation>Pas encore de leucocytes : ils apparaissent ici une fois les champs analysés.</translation>
    </message>
</context>
<context>
    <name>LabAdaptationDialog</name>
    <message>
        <source>Lab adaptation</source>
        <translation>Adaptation au laboratoire</translation>
    </message>
    <message>
        <source>SmearCount learns this lab&apos;s microscope from the cells you confirmed or corrected (reviewed, relabelled, accepted with Enter) on slides of the profile &apos;{0}&apos;. A fit is checked on whole slides it did not see and types new analyses only when it beats the models alone by {1} of top-1 there (from {2} slides on). Cells already typed keep their labels; re-analyse a field to retype it.</source>
        <translation>SmearCount apprend le microscope de ce laboratoire à partir des cellules que vous avez confirmées ou corrigées (revues, reclassées, acceptées avec Entrée) sur les lames du profil « {0} ». Un ajustement est vérifié sur des lames entières qu&apos;il n&apos;a pas vues et ne classe les nouvelles analyses que s&apos;il y bat les modèles seuls de {1} en top-1 (à partir de {2} lames). Les cellules déjà classées gardent leur classe ; réanalysez un champ pour le reclasser.</translation>
    </message>
    <message>
        <source>Use the lab adaptation for new analyses</source>
        <translation>Utiliser l&apos;adaptation pour les nouvelles analyses</translation>
    </message>
    <message>
        <source>Refit now</source>
        <translation>Réajuster maintenant</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Réinitialiser</translation>
    </message>
    <message>
        <source>This profile has no classifier.</source>
        <translation>Ce profil n&apos;a pas de classifieur.</translation>
    </message>
    <message>
        <source>Fitting… (the window can be used meanwhile)</source>
        <translation>Ajustement… (la fenêtre reste utilisable)</translation>
    </message>
    <message>
        <source>Lab adaptation not fitted</source>
        <translation>Adaptation non ajustée</translation>
    </message>
    <message>
        <source>Lab adaptation not reset</source>
        <translation>Adaptation non réinitialisée</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>SmearCount — Slides</source>
        <translation>SmearCount — Lames</translation>
    </message>
    <message>
        <source> (signed, read-only)</source>
        <translation> (signée, lecture seule)</translation>
    </message>
    <message>
        <source> (finished)</source>
        <translation> (terminée)</translation>
    </message>
    <message>
        <source> (counting on this computer — will be sent to the lab server)</source>
        <translation> (comptage sur cet ordinateur — sera envoyée au serveur du laboratoire)</translation>
    </message>
    <message>
        <source> (looking only: open at another station)</source>
        <translation> (consultation seule : ouverte sur un autre poste)</translation>
    </message>
    <message>
        <source>Import stopped</source>
        <translation>Import arrêté</translation>
    </message>
    <message>
        <source>Unsign slide</source>
        <translation>Retirer la signature</translation>
    </message>
    <message>
        <source>Reason (kept in the audit trail):</source>
        <translation>Raison (gardée dans l&apos;audit) :</translation>
    </message>
    <message>
        <source>Profile saved: {0}</source>
        <translation>Profil enregistré : {0}</translation>
    </message>
    <message>
        <source>Slides from {0}.</source>
        <translation>Lames de {0}.</translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation>Paramètres non enregistrés</translation>
    </message>
    <message>
        <source>Lab adaptation not refitted: </source>
        <translation>Adaptation non réajustée : </translation>
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
        <translation>Compte comme</translation>
    </message>
    <message>
        <source>Classes (in output order)</source>
        <translation>Classes (dans l&apos;ordre de sortie)</translation>
    </message>
    <message>
        <source>Colour order</source>
        <translation>Ordre des couleurs</translation>
    </message>
    <message>
        <source>Input range</source>
        <translation>Plage d&apos;entrée</translation>
    </message>
    <message>
        <source>Detector output format</source>
        <translation>Format de sortie du détecteur</translation>
    </message>
    <message>
        <source>Score threshold</source>
        <translation>Seuil de score</translation>
    </message>
    <message>
        <source>Crop context (x box)</source>
        <translation>Contexte du recadrage (× boîte)</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Utilisation</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Nom du profil</translation>
    </message>
    <message>
        <source>Classes SmearCount does not know</source>
        <translation>Classes que SmearCount ne connaît pas</translation>
    </message>
    <message>
        <source>Detector, own profile</source>
        <translation>Détecteur, profil propre</translation>
    </message>
    <message>
        <source>Detector, white cells typed by SmearCount&apos;s classifier</source>
        <translation>Détecteur, leucocytes classés par le classifieur de SmearCount</translation>
    </message>
    <message>
        <source>Single-cell images (no detector)</source>
        <translation>Images d&apos;une cellule (sans détecteur)</translation>
    </message>
    <message>
        <source>Types the white cells SmearCount&apos;s detector finds</source>
        <translation>Classe les leucocytes que trouve le détecteur de SmearCount</translation>
    </message>
    <message>
        <source>Template {0}: {1} ({2})</source>
        <translation>Modèle {0} : {1} ({2})</translation>
    </message>
    <message>
        <source>This template expects {0} classes ({1}); the model has {2}.</source>
        <translation>Ce modèle de profil attend {0} classes ({1}) ; le modèle en a {2}.</translation>
    </message>
</context>
<context>
    <name>ModelImportDialog</name>
    <message>
        <source>Import a model</source>
        <translation>Importer un modèle</translation>
    </message>
    <message>
        <source>Choose model…</source>
        <translation>Choisir le modèle…</translation>
    </message>
    <message>
        <source>Settings file…</source>
        <translation>Fichier de paramètres…</translation>
    </message>
    <message>
        <source>A manifest (.json) from the model&apos;s maker, if it is not beside the model</source>
        <translation>Un manifeste (.json) de l&apos;auteur du modèle, s&apos;il n&apos;est pas à côté du modèle</translation>
    </message>
    <message>
        <source>No model chosen.</source>
        <translation>Aucun modèle choisi.</translation>
    </message>
    <message>
        <source>Run self-test</source>
        <translation>Lancer l&apos;autotest</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>Enregistrer le profil</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Reference images: three rendered fields, plus the lab&apos;s own in {0}</source>
        <translation>Images de référence : trois champs générés, plus celles du laboratoire dans {0}</translation>
    </message>
    <message>
        <source>Choose an ONNX model</source>
        <translation>Choisissez un modèle ONNX</translation>
    </message>
    <message>
        <source>ONNX models (*.onnx)</source>
        <translation>Modèles ONNX (*.onnx)</translation>
    </message>
    <message>
        <source>Choose the model&apos;s settings</source>
        <translation>Choisissez les paramètres du modèle</translation>
    </message>
    <message>
        <source>Manifests (*.json)</source>
        <translation>Manifestes (*.json)</translation>
    </message>
    <message>
        <source>Reading {0}…</source>
        <translation>Lecture de {0}…</translation>
    </message>
    <message>
        <source>Reading the model</source>
        <translation>La lecture du modèle</translation>
    </message>
    <message>
        <source>assumed: {0}</source>
        <translation>supposé : {0}</translation>
    </message>
    <message>
        <source>Read:</source>
        <translation>Lu :</translation>
    </message>
    <message>
        <source>Running the self-test…</source>
        <translation>Autotest en cours…</translation>
    </message>
    <message>
        <source>The self-test</source>
        <translation>L&apos;autotest</translation>
    </message>
    <message>
        <source>&lt;b&gt;Self-test passed.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Autotest réussi.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Self-test warnings: check the settings before saving.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Avertissements de l&apos;autotest : vérifiez les paramètres avant d&apos;enregistrer.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Save despite warnings?</source>
        <translation>Enregistrer malgré les avertissements ?</translation>
    </message>
    <message>
        <source>The self-test warned:

{0}

Save the profile anyway?</source>
        <translation>L&apos;autotest a averti :

{0}

Enregistrer le profil quand même ?</translation>
    </message>
    <message>
        <source>Saved the profile {0}. Choose it for a new slide (or in Settings).</source>
        <translation>Profil {0} enregistré. Choisissez-le pour une nouvelle lame (ou dans Paramètres).</translation>
    </message>
</context>
<context>
    <name>NewSlideDialog</name>
    <message>
        <source>New slide</source>
        <translation>Nouvelle lame</translation>
    </message>
    <message>
        <source>Peripheral blood</source>
        <translation>Sang périphérique</translation>
    </message>
    <message>
        <source>Bone marrow</source>
        <translation>Moelle osseuse</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>non indiqué</translation>
    </message>
    <message>
        <source>Sample / slide ID</source>
        <translation>N° d&apos;échantillon / de lame</translation>
    </message>
    <message>
        <source>Patient ID</source>
        <translation>N° du patient</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Âge</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <source>Specimen</source>
        <translation>Prélèvement</translation>
    </message>
    <message>
        <source>Stain</source>
        <translation>Coloration</translation>
    </message>
    <message>
        <source>WBC count (×10⁹/L)</source>
        <translation>Leucocytes (×10⁹/L)</translation>
    </message>
    <message>
        <source>Target (cells)</source>
        <translation>Objectif (cellules)</translation>
    </message>
    <message>
        <source>Model profile</source>
        <translation>Profil de modèles</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Opérateur</translation>
    </message>
    <message>
        <source>Slide details</source>
        <translation>Données de la lame</translation>
    </message>
    <message>
        <source>The sample / slide ID is needed.</source>
        <translation>Le n° d&apos;échantillon / de lame est nécessaire.</translation>
    </message>
</context>
<context>
    <name>PeopleDialog</name>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nouveau mot de passe</translation>
    </message>
    <message>
        <source>Set role</source>
        <translation>Changer le rôle</translation>
    </message>
    <message>
        <source>Let go…</source>
        <translation>Retirer…</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>The same again</source>
        <translation>Encore une fois</translation>
    </message>
    <message>
        <source>Listing the people</source>
        <translation>Liste des personnes</translation>
    </message>
    <message>
        <source>{0} can sign in as {1}.</source>
        <translation>{0} peut se connecter en tant que {1}.</translation>
    </message>
    <message>
        <source>{0} signs in with the new password.</source>
        <translation>{0} se connecte avec le nouveau mot de passe.</translation>
    </message>
    <message>
        <source>{0} is {1} from now on.</source>
        <translation>{0} est désormais {1}.</translation>
    </message>
    <message>
        <source>Let go</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>{0} will no longer sign in at any station. Their name stays on every audit entry they made.</source>
        <translation>{0} ne pourra plus se connecter à aucun poste. Son nom reste sur chaque entrée du journal d&apos;audit qu&apos;il ou elle a faite.</translation>
    </message>
    <message>
        <source>{0} no longer signs in.</source>
        <translation>{0} ne peut plus se connecter.</translation>
    </message>
    <message>
        <source>Choose a person in the list first.</source>
        <translation>Choisissez d&apos;abord une personne dans la liste.</translation>
    </message>
    <message>
        <source>The two passwords differ; nothing was changed.</source>
        <translation>Les deux mots de passe diffèrent ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Changing the lab&apos;s people</source>
        <translation>Modification des personnes du laboratoire</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>Export report</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <source>Report written: {0}</source>
        <translation>Rapport écrit : {0}</translation>
    </message>
    <message>
        <source>Export PDF summary</source>
        <translation>Exporter la synthèse PDF</translation>
    </message>
    <message>
        <source>PDF summary written: {0}</source>
        <translation>Synthèse PDF écrite : {0}</translation>
    </message>
    <message>
        <source>Summary ready to print</source>
        <translation>Synthèse prête à imprimer</translation>
    </message>
    <message>
        <source>Result for the LIS in {0}</source>
        <translation>Résultat pour le SIL dans {0}</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>Non imprimé</translation>
    </message>
    <message>
        <source>Summary sent to the printer</source>
        <translation>Synthèse envoyée à l&apos;imprimante</translation>
    </message>
    <message>
        <source> (DRAFT: the slide is not finished)</source>
        <translation> (BROUILLON : la lame n&apos;est pas terminée)</translation>
    </message>
    <message>
        <source>The report</source>
        <translation>Le rapport</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Écriture du rapport…</translation>
    </message>
    <message>
        <source>Report not written</source>
        <translation>Rapport non écrit</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>model&apos;s own</source>
        <translation>celui du modèle</translation>
    </message>
    <message>
        <source>empty: estimated on each field from the red cells</source>
        <translation>vide : estimée sur chaque champ à partir des hématies</translation>
    </message>
    <message>
        <source>leave empty to keep the operator&apos;s PIN</source>
        <translation>laissez vide pour garder le PIN de l&apos;opérateur</translation>
    </message>
    <message>
        <source>default per-user folder (restart to apply)</source>
        <translation>dossier par défaut de l&apos;utilisateur (au redémarrage)</translation>
    </message>
    <message>
        <source> WBC</source>
        <translation> leucocytes</translation>
    </message>
    <message>
        <source>none: no CSV/HL7 result is written</source>
        <translation>aucun : aucun résultat CSV/HL7 n&apos;est écrit</translation>
    </message>
    <message>
        <source>The system&apos;s ({0})</source>
        <translation>Celle du système ({0})</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Opérateur</translation>
    </message>
    <message>
        <source>Language (from the next start)</source>
        <translation>Langue (au prochain démarrage)</translation>
    </message>
    <message>
        <source>Reports in English (for a referral lab)</source>
        <translation>Rapports en anglais (pour un laboratoire de référence)</translation>
    </message>
    <message>
        <source>Model profile</source>
        <translation>Profil de modèles</translation>
    </message>
    <message>
        <source>Detection threshold</source>
        <translation>Seuil de détection</translation>
    </message>
    <message>
        <source>Camera scale (µm per pixel)</source>
        <translation>Échelle de la caméra (µm par pixel)</translation>
    </message>
    <message>
        <source>For this camera and objective: photograph a stage micrometer and divide its length in µm by its length in pixels. Applies to fields analysed from now on.</source>
        <translation>Pour cette caméra et cet objectif : photographiez un micromètre objet et divisez sa longueur en µm par sa longueur en pixels. S&apos;applique aux champs analysés à partir de maintenant.</translation>
    </message>
    <message>
        <source>Review cells below confidence</source>
        <translation>Revoir les cellules de confiance inférieure à</translation>
    </message>
    <message>
        <source>Show labels</source>
        <translation>Afficher les étiquettes</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Couleurs</translation>
    </message>
    <message>
        <source>Warn below focus score</source>
        <translation>Avertir sous le score de netteté</translation>
    </message>
    <message>
        <source>Sound at target</source>
        <translation>Son à l&apos;objectif</translation>
    </message>
    <message>
        <source>Lab name</source>
        <translation>Nom du laboratoire</translation>
    </message>
    <message>
        <source>Lab address</source>
        <translation>Adresse du laboratoire</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Dossier des données</translation>
    </message>
    <message>
        <source>Report paper</source>
        <translation>Papier du rapport</translation>
    </message>
    <message>
        <source>High/low flags from</source>
        <translation>Alertes haut/bas à partir de</translation>
    </message>
    <message>
        <source>Result folder for the LIS (on signing)</source>
        <translation>Dossier des résultats pour le SIL (à la signature)</translation>
    </message>
    <message>
        <source>Operator&apos;s signing PIN (new)</source>
        <translation>PIN de signature de l&apos;opérateur (nouveau)</translation>
    </message>
    <message>
        <source>Signing needs a PIN</source>
        <translation>La signature exige un PIN</translation>
    </message>
    <message>
        <source>Key: {0}</source>
        <translation>Touche : {0}</translation>
    </message>
    <message>
        <source>Key {0} is given to {1}: give each category its own key.</source>
        <translation>La touche {0} est donnée à {1} : donnez à chaque catégorie sa propre touche.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <source>from the lab server: {0} v{1}</source>
        <translation>du serveur du laboratoire : {0} v{1}</translation>
    </message>
    <message>
        <source>this computer&apos;s own profile</source>
        <translation>profil propre à cet ordinateur</translation>
    </message>
</context>
<context>
    <name>SlideTableModel</name>
    <message>
        <source>open</source>
        <translation>ouverte</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>terminée</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>signée</translation>
    </message>
</context>
<context>
    <name>SlideView</name>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Gallery</source>
        <translation>Galerie</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Caméra</translation>
    </message>
    <message>
        <source>That is outside the image: click on the cell.</source>
        <translation>C&apos;est hors de l&apos;image : cliquez sur la cellule.</translation>
    </message>
    <message>
        <source>No fields yet.

Add this slide&apos;s field images with File → Open images (Ctrl+O) or Open folder, drop image files here, or capture them in the Camera tab.</source>
        <translation>Pas encore de champs.

Ajoutez les images des champs de cette lame par Fichier → Ouvrir des images (Ctrl+O) ou Ouvrir un dossier, déposez des images ici, ou capturez-les dans l&apos;onglet Caméra.</translation>
    </message>
    <message>
        <source>New cell: press its class key (Esc cancels).</source>
        <translation>Nouvelle cellule : appuyez sur la touche de sa classe (Échap annule).</translation>
    </message>
    <message>
        <source>Every cell has been reviewed.</source>
        <translation>Toutes les cellules ont été revues.</translation>
    </message>
    <message>
        <source>Target of {0} cells reached.</source>
        <translation>Objectif de {0} cellules atteint.</translation>
    </message>
</context>
<context>
    <name>StartView</name>
    <message>
        <source>Search sample or patient ID</source>
        <translation>Chercher un n° d&apos;échantillon ou de patient</translation>
    </message>
    <message>
        <source>All slides</source>
        <translation>Toutes les lames</translation>
    </message>
    <message>
        <source>Awaiting signature</source>
        <translation>En attente de signature</translation>
    </message>
    <message>
        <source>New slide…</source>
        <translation>Nouvelle lame…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>More slides…</source>
        <translation>Plus de lames…</translation>
    </message>
    <message>
        <source>in use: {0}</source>
        <translation>utilisée : {0}</translation>
    </message>
    <message>
        <source>replaced by slide {0} (counted offline): kept for the record</source>
        <translation>remplacée par la lame {0} (comptée hors ligne) : gardée pour mémoire</translation>
    </message>
    <message>
        <source>{0} slide(s) await a signature: flagged first, then the oldest.</source>
        <translation>{0} lame(s) en attente de signature : d&apos;abord celles avec alertes, puis les plus anciennes.</translation>
    </message>
    <message>
        <source>No finished slide awaits a signature.</source>
        <translation>Aucune lame terminée n&apos;attend de signature.</translation>
    </message>
    <message>
        <source>{0} unfinished slide(s): double-click to resume.</source>
        <translation>{0} lame(s) non terminée(s) : double-cliquez pour reprendre.</translation>
    </message>
    <message>
        <source>Double-click a slide to open it, or start a New slide (Ctrl+N).</source>
        <translation>Double-cliquez une lame pour l&apos;ouvrir, ou commencez une Nouvelle lame (Ctrl+N).</translation>
    </message>
    <message>
        <source>No slide&apos;s sample or patient ID contains “{1}”.</source>
        <translation>Aucun n° d&apos;échantillon ou de patient ne contient « {1} ».</translation>
    </message>
    <message>
        <source>No slides yet. Press New slide (Ctrl+N) and give the sample ID; then add the field images with File → Open images (Ctrl+O), Open folder, by dropping image files on the window, or from the Camera tab.</source>
        <translation>Pas encore de lames. Appuyez sur Nouvelle lame (Ctrl+N) et donnez le n° d&apos;échantillon ; ajoutez ensuite les images des champs par Fichier → Ouvrir des images (Ctrl+O), Ouvrir un dossier, en déposant des images sur la fenêtre ou depuis l&apos;onglet Caméra.</translation>
    </message>
</context>
<context>
    <name>TargetBar</name>
    <message>
        <source>%1 of %2 cells</source>
        <translation>%1 sur %2 cellules</translation>
    </message>
</context>
<context>
    <name>TrainingExportDialog</name>
    <message>
        <source>Export training data</source>
        <translation>Exporter des données d&apos;entraînement</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Slides</source>
        <translation>Lames</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Empty folder</source>
        <translation>Dossier vide</translation>
    </message>
    <message>
        <source>Final boxes and classes only; no patient or sample ID is written (files are named by slide and field number).</source>
        <translation>Boîtes et classes finales seulement ; aucun n° de patient ni d&apos;échantillon n&apos;est écrit (fichiers nommés par numéro de lame et de champ).</translation>
    </message>
    <message>
        <source>Export training data to</source>
        <translation>Exporter les données d&apos;entraînement vers</translation>
    </message>
    <message>
        <source>Choose at least one slide.</source>
        <translation>Choisissez au moins une lame.</translation>
    </message>
    <message>
        <source>Choose a folder to write to.</source>
        <translation>Choisissez un dossier où écrire.</translation>
    </message>
    <message>
        <source>Choose a new or empty folder.</source>
        <translation>Choisissez un dossier nouveau ou vide.</translation>
    </message>
</context>
</TS>
