<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th">
<context>
    <name></name>
    <message>
        <source>{0} cells selected.</source>
        <translation>เลือก {0} เซลล์แล้ว</translation>
    </message>
    <message>
        <source>added by hand</source>
        <translation>เพิ่มด้วยมือ</translation>
    </message>
    <message>
        <source>corrected (the model said {0})</source>
        <translation>แก้ไขแล้ว (โมเดลบอกว่า {0})</translation>
    </message>
    <message>
        <source>model {0} sure</source>
        <translation>โมเดลมั่นใจ {0}</translation>
    </message>
    <message>
        <source>not counted ({0})</source>
        <translation>ไม่นับ ({0})</translation>
    </message>
    <message>
        <source>classifier stages: </source>
        <translation>ขั้นของตัวจำแนก: </translation>
    </message>
    <message>
        <source>Click</source>
        <extracomment>What the mouse and the keys the view handles itself (not actions) do.</extracomment>
        <translation>คลิก</translation>
    </message>
    <message>
        <source>select a white cell; on a spot without one: add a cell there, then its class key</source>
        <translation>เลือกเม็ดเลือดขาว ถ้าคลิกจุดที่ไม่มี: เพิ่มเซลล์ตรงนั้น แล้วกดปุ่มชนิด</translation>
    </message>
    <message>
        <source>Shift+click</source>
        <translation>Shift+คลิก</translation>
    </message>
    <message>
        <source>always add a cell, even inside another cell&apos;s box</source>
        <translation>เพิ่มเซลล์เสมอ แม้อยู่ในกรอบของเซลล์อื่น</translation>
    </message>
    <message>
        <source>Ctrl+click</source>
        <translation>Ctrl+คลิก</translation>
    </message>
    <message>
        <source>add a cell to the selection (Gallery: Ctrl/Shift+click)</source>
        <translation>เพิ่มเซลล์เข้าในส่วนที่เลือก (แกลเลอรี: Ctrl/Shift+คลิก)</translation>
    </message>
    <message>
        <source>Drag</source>
        <translation>ลาก</translation>
    </message>
    <message>
        <source>draw the box of a missed cell, then its class key</source>
        <translation>วาดกรอบของเซลล์ที่ตกหล่น แล้วกดปุ่มชนิด</translation>
    </message>
    <message>
        <source>Drag a selected box&apos;s corner</source>
        <translation>ลากมุมของกรอบที่เลือก</translation>
    </message>
    <message>
        <source>resize the box</source>
        <translation>ปรับขนาดกรอบ</translation>
    </message>
    <message>
        <source>Right-click</source>
        <translation>คลิกขวา</translation>
    </message>
    <message>
        <source>the cell&apos;s menu: class, corrections, explain</source>
        <translation>เมนูของเซลล์: ชนิด การแก้ไข คำอธิบาย</translation>
    </message>
    <message>
        <source>Middle-drag / wheel</source>
        <translation>ลากปุ่มกลาง / ล้อเลื่อน</translation>
    </message>
    <message>
        <source>pan / zoom the field</source>
        <translation>เลื่อน / ซูมฟิลด์</translation>
    </message>
    <message>
        <source>Tab / Shift+Tab</source>
        <translation>Tab / Shift+Tab</translation>
    </message>
    <message>
        <source>next / previous white cell in reading order</source>
        <translation>เม็ดเลือดขาวถัดไป / ก่อนหน้า ตามลำดับการอ่าน</translation>
    </message>
    <message>
        <source>Gallery: drag</source>
        <translation>แกลเลอรี: ลาก</translation>
    </message>
    <message>
        <source>drop the selected cells on another class row</source>
        <translation>วางเซลล์ที่เลือกบนแถวของชนิดอื่น</translation>
    </message>
    <message>
        <source>Gallery: double-click</source>
        <translation>แกลเลอรี: ดับเบิลคลิก</translation>
    </message>
    <message>
        <source>see the cell in its field</source>
        <translation>ดูเซลล์ในฟิลด์ของมัน</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>ปุ่ม</translation>
    </message>
    <message>
        <source>Mouse and view</source>
        <translation>เมาส์และมุมมอง</translation>
    </message>
    <message>
        <source>Every other command is in the menus: Alt and the underlined letter.</source>
        <translation>คำสั่งอื่นทั้งหมดอยู่ในเมนู: Alt กับตัวอักษรที่ขีดเส้นใต้</translation>
    </message>
    <message>
        <source>Keys and mouse</source>
        <translation>ปุ่มและเมาส์</translation>
    </message>
    <message>
        <source>Go on anyway? Your choice is kept in the audit trail.</source>
        <translation>ดำเนินการต่อหรือไม่? การเลือกของคุณจะถูกเก็บในบันทึกการตรวจสอบ</translation>
    </message>
    <message>
        <source>Finish slide</source>
        <translation>ปิดงานสไลด์</translation>
    </message>
    <message>
        <source>Finish anyway</source>
        <translation>ปิดงานต่อไป</translation>
    </message>
    <message>
        <source>Comment (optional):</source>
        <translation>หมายเหตุ (ไม่บังคับ):</translation>
    </message>
    <message>
        <source>Sign slide</source>
        <translation>ลงนามสไลด์</translation>
    </message>
    <message>
        <source>Sign anyway</source>
        <translation>ลงนามต่อไป</translation>
    </message>
    <message>
        <source>Operator name (the slide becomes read-only):</source>
        <translation>ชื่อผู้ตรวจ (สไลด์จะแก้ไขไม่ได้อีก):</translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation>ยังไม่ได้ลงนาม</translation>
    </message>
    <message>
        <source>{0} has no signing PIN yet: set one in Settings, then sign.</source>
        <translation>{0} ยังไม่มี PIN สำหรับลงนาม: ตั้งใน การตั้งค่า แล้วจึงลงนาม</translation>
    </message>
    <message>
        <source>Signing PIN of {0}:</source>
        <translation>PIN สำหรับลงนามของ {0}:</translation>
    </message>
    <message>
        <source>That is not the signing PIN of {0}.</source>
        <translation>นี่ไม่ใช่ PIN สำหรับลงนามของ {0}</translation>
    </message>
    <message>
        <source>adding a cell</source>
        <extracomment>A store action&apos;s kind -&gt; what a person calls it.</extracomment>
        <translation>การเพิ่มเซลล์</translation>
    </message>
    <message>
        <source>resizing a cell</source>
        <translation>การปรับขนาดเซลล์</translation>
    </message>
    <message>
        <source>class change</source>
        <translation>การเปลี่ยนชนิด</translation>
    </message>
    <message>
        <source>deleting a false detection</source>
        <translation>การลบการตรวจจับที่ผิด</translation>
    </message>
    <message>
        <source>marking not counted</source>
        <translation>การทำเครื่องหมายว่าไม่นับ</translation>
    </message>
    <message>
        <source>counting again</source>
        <translation>การนับอีกครั้ง</translation>
    </message>
    <message>
        <source>accepting</source>
        <translation>การยอมรับ</translation>
    </message>
    <message>
        <source>removing a field</source>
        <translation>การนำฟิลด์ออก</translation>
    </message>
    <message>
        <source>re-analysing the field</source>
        <translation>การวิเคราะห์ฟิลด์ใหม่</translation>
    </message>
    <message>
        <source>editing the slide details</source>
        <translation>การแก้ไขรายละเอียดสไลด์</translation>
    </message>
    <message>
        <source>finishing the slide</source>
        <translation>การปิดงานสไลด์</translation>
    </message>
    <message>
        <source> of 1 cell</source>
        <translation> ของ 1 เซลล์</translation>
    </message>
    <message>
        <source> of {0} cells</source>
        <translation> ของ {0} เซลล์</translation>
    </message>
    <message>
        <source> in field {0}</source>
        <translation> ในฟิลด์ {0}</translation>
    </message>
    <message>
        <source>Slide not deleted</source>
        <translation>ไม่ได้ลบสไลด์</translation>
    </message>
    <message>
        <source>A signed slide cannot be deleted; unsign it first (an audited act).</source>
        <translation>ลบสไลด์ที่ลงนามแล้วไม่ได้ ให้ยกเลิกการลงนามก่อน (มีบันทึกการตรวจสอบ)</translation>
    </message>
    <message>
        <source>Delete slide</source>
        <translation>ลบสไลด์</translation>
    </message>
    <message>
        <source>Delete slide {0} with its {1} fields and {2} cells? Reason (kept in the audit trail):</source>
        <translation>ลบสไลด์ {0} พร้อม {1} ฟิลด์และ {2} เซลล์หรือไม่? เหตุผล (เก็บในบันทึกการตรวจสอบ):</translation>
    </message>
    <message>
        <source>Slide {0} deleted.</source>
        <translation>ลบสไลด์ {0} แล้ว</translation>
    </message>
    <message>
        <source>Class</source>
        <extracomment>The corrections offered by the Edit menu and the context menu, in that order.</extracomment>
        <translation>ชนิด</translation>
    </message>
    <message>
        <source>Remove field {0} ({1}) and its {2} white cells from the count? Undo (Ctrl+Z) brings it back.</source>
        <translation>นำฟิลด์ {0} ({1}) และเม็ดเลือดขาว {2} เซลล์ออกจากการนับหรือไม่? เลิกทำ (Ctrl+Z) จะนำกลับมา</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>เลิกทำ</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>ทำซ้ำ</translation>
    </message>
    <message>
        <source>Delete false detection</source>
        <translation>ลบการตรวจจับที่ผิด</translation>
    </message>
    <message>
        <source>Not counted: {0}</source>
        <translation>ไม่นับ: {0}</translation>
    </message>
    <message>
        <source>Count again</source>
        <translation>นับอีกครั้ง</translation>
    </message>
    <message>
        <source>Accept and go to next to review</source>
        <translation>ยอมรับและไปยังเซลล์ถัดไปที่ต้องตรวจทาน</translation>
    </message>
    <message>
        <source>Next cell to review</source>
        <translation>เซลล์ถัดไปที่ต้องตรวจทาน</translation>
    </message>
    <message>
        <source>Next field</source>
        <translation>ฟิลด์ถัดไป</translation>
    </message>
    <message>
        <source>Previous field</source>
        <translation>ฟิลด์ก่อนหน้า</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>ขยาย</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>ย่อ</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>พอดีหน้าต่าง</translation>
    </message>
    <message>
        <source>1:1</source>
        <translation>1:1</translation>
    </message>
    <message>
        <source>Re-analyse field</source>
        <translation>วิเคราะห์ฟิลด์ใหม่</translation>
    </message>
    <message>
        <source>Remove field</source>
        <translation>นำฟิลด์ออก</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>Explain: what the classifier looked at</source>
        <translation>อธิบาย: ตัวจำแนกดูที่ส่วนใด</translation>
    </message>
    <message>
        <source>Capture field</source>
        <translation>ถ่ายฟิลด์</translation>
    </message>
    <message>
        <source>Show labels</source>
        <translation>แสดงป้ายชื่อ</translation>
    </message>
    <message>
        <source>Show keypad</source>
        <translation>แสดงแป้นนับ</translation>
    </message>
    <message>
        <source>&amp;New slide…</source>
        <translation>สไลด์ใหม่(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open images…</source>
        <translation>เปิดภาพ(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;folder…</source>
        <translation>เปิดโฟลเดอร์(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Import a model…</source>
        <translation>นำเข้าโมเดล(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Slides</source>
        <translation>สไลด์(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation>ส่งออกรายงาน(&amp;E)…</translation>
    </message>
    <message>
        <source>Export &amp;PDF summary…</source>
        <translation>ส่งออกสรุป &amp;PDF…</translation>
    </message>
    <message>
        <source>&amp;Print summary…</source>
        <translation>พิมพ์สรุป(&amp;P)…</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>การตั้งค่า(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Database…</source>
        <translation>ฐานข้อมูล(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;People…</source>
        <translation>บุคคล(&amp;P)…</translation>
    </message>
    <message>
        <source>P&amp;ublish profile…</source>
        <translation>เผยแพร่โปรไฟล์(&amp;U)…</translation>
    </message>
    <message>
        <source>&amp;Lab adaptation…</source>
        <translation>การปรับให้เข้ากับห้องปฏิบัติการ(&amp;L)…</translation>
    </message>
    <message>
        <source>Export &amp;training data…</source>
        <translation>ส่งออกข้อมูลฝึกโมเดล(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>ออก(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Keys and mouse…</source>
        <translation>ปุ่มและเมาส์(&amp;K)…</translation>
    </message>
    <message>
        <source>&amp;Finish slide…</source>
        <translation>ปิดงานสไลด์(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Sign slide…</source>
        <translation>ลงนามสไลด์(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Unsign slide…</source>
        <translation>ยกเลิกการลงนาม(&amp;U)…</translation>
    </message>
    <message>
        <source>Edit slide &amp;details…</source>
        <translation>แก้ไขรายละเอียดสไลด์(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Delete slide…</source>
        <translation>ลบสไลด์(&amp;D)…</translation>
    </message>
    <message>
        <source>Key  Category</source>
        <extracomment>Hidden in this order when the panel is narrow: 95% CI, absolute count, reference range.</extracomment>
        <translation>ปุ่ม  ชนิดเซลล์</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>จำนวน</translation>
    </message>
    <message>
        <source>95% CI</source>
        <translation>95% CI</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>ค่าอ้างอิง</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>สัญญาณ</translation>
    </message>
    <message>
        <source>Sample / slide</source>
        <translation>ตัวอย่าง / สไลด์</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>ผู้ป่วย</translation>
    </message>
    <message>
        <source>State</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>ฟิลด์</translation>
    </message>
    <message>
        <source>WBC counted</source>
        <translation>WBC ที่นับ</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>เป้าหมาย</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>แก้ไขล่าสุด</translation>
    </message>
    <message>
        <source>YOLO detection set (images + one label file each)</source>
        <translation>ชุดข้อมูลตรวจจับ YOLO (ภาพ + ไฟล์ป้ายกำกับหนึ่งไฟล์ต่อภาพ)</translation>
    </message>
    <message>
        <source>COCO JSON (images + annotations.json)</source>
        <translation>COCO JSON (ภาพ + annotations.json)</translation>
    </message>
    <message>
        <source>White-cell crops in class folders</source>
        <translation>ภาพเม็ดเลือดขาวที่ตัดแยกในโฟลเดอร์ตามชนิด</translation>
    </message>
    <message>
        <source>Training data written to {0}: {1} slide(s), {2} cells.</source>
        <translation>เขียนข้อมูลสำหรับฝึกโมเดลลงใน {0} แล้ว: {1} สไลด์ {2} เซลล์</translation>
    </message>
    <message>
        <source>Exporting training data</source>
        <translation>กำลังส่งออกข้อมูลสำหรับฝึกโมเดล</translation>
    </message>
    <message>
        <source>Training data not written</source>
        <translation>ไม่ได้เขียนข้อมูลสำหรับฝึกโมเดล</translation>
    </message>
    <message>
        <source>Loading the models</source>
        <translation>การโหลดโมเดล</translation>
    </message>
    <message>
        <source> (adapted)</source>
        <translation> (ปรับแล้ว)</translation>
    </message>
    <message>
        <source>{0}: {1} on {2}</source>
        <translation>{0}: {1} บน {2}</translation>
    </message>
    <message>
        <source>The analysis</source>
        <translation>การวิเคราะห์</translation>
    </message>
    <message>
        <source>{0}: the analysis</source>
        <translation>{0}: การวิเคราะห์</translation>
    </message>
    <message>
        <source>Images or a zip of cell images</source>
        <translation>ภาพหรือไฟล์ zip ของภาพเซลล์</translation>
    </message>
    <message>
        <source>Open images</source>
        <translation>เปิดภาพ</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>เปิดโฟลเดอร์</translation>
    </message>
    <message>
        <source>No slide open</source>
        <translation>ไม่มีสไลด์เปิดอยู่</translation>
    </message>
    <message>
        <source>Create or open a slide first, then add its fields.</source>
        <translation>สร้างหรือเปิดสไลด์ก่อน แล้วจึงเพิ่มฟิลด์</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ไฟล์(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>แก้ไข(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>มุมมอง(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Slide</source>
        <translation>สไลด์(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ช่วยเหลือ(&amp;H)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>หลัก</translation>
    </message>
    <message>
        <source>Sign in — SmearCount</source>
        <extracomment>Start-up benchmarks: quit as soon as the window is up (bench/startup.py).</extracomment>
        <translation>ลงชื่อเข้าใช้ — SmearCount</translation>
    </message>
    <message>
        <source>technician</source>
        <translation>นักเทคนิค</translation>
    </message>
    <message>
        <source>reviewer</source>
        <translation>ผู้ตรวจทาน</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>ผู้ดูแลระบบ</translation>
    </message>
    <message>
        <source>{0} ({1}) on {2}</source>
        <translation>{0} ({1}) บน {2}</translation>
    </message>
    <message>
        <source>{0} at {1} since {2}</source>
        <translation>{0} ที่ {1} ตั้งแต่ {2}</translation>
    </message>
    <message>
        <source>Slide in use</source>
        <translation>สไลด์กำลังถูกใช้งาน</translation>
    </message>
    <message>
        <source>This slide is open at another station: {0}. Open it here to look at it only, or take it over (the other station then takes no more changes to it)?</source>
        <translation>สไลด์นี้เปิดอยู่ที่สถานีอื่น: {0} เปิดที่นี่เพื่อดูอย่างเดียว หรือรับช่วงต่อ (สถานีอื่นจะแก้ไขสไลด์นี้ไม่ได้อีก)?</translation>
    </message>
    <message>
        <source>Look only</source>
        <translation>ดูอย่างเดียว</translation>
    </message>
    <message>
        <source>Take over</source>
        <translation>รับช่วงต่อ</translation>
    </message>
    <message>
        <source>Following the other station</source>
        <translation>กำลังติดตามสถานีอื่น</translation>
    </message>
    <message>
        <source>{0} at {1} deleted this slide: there is nothing more to see.</source>
        <translation>{0} ที่ {1} ลบสไลด์นี้แล้ว: ไม่มีอะไรให้ดูอีก</translation>
    </message>
    <message>
        <source>{0} at {1} signed this slide.</source>
        <translation>{0} ที่ {1} ลงนามสไลด์นี้แล้ว</translation>
    </message>
    <message>
        <source>{0} at {1} finished counting this slide.</source>
        <translation>{0} ที่ {1} นับสไลด์นี้เสร็จแล้ว</translation>
    </message>
    <message>
        <source>Nobody has this slide open now: the other station closed it, or stopped answering.</source>
        <translation>ตอนนี้ไม่มีใครเปิดสไลด์นี้อยู่: สถานีอื่นปิดสไลด์แล้ว หรือหยุดตอบสนอง</translation>
    </message>
    <message>
        <source>Take it over to count on it here.</source>
        <translation>รับช่วงต่อเพื่อนับสไลด์นี้ที่นี่</translation>
    </message>
    <message>
        <source>{0} took this slide over: this window takes no more changes to it.</source>
        <translation>{0} รับช่วงสไลด์นี้ไปแล้ว: หน้าต่างนี้จะไม่รับการแก้ไขอีก</translation>
    </message>
    <message>
        <source>{0} Nothing is counted until it answers again; everything shown is saved on the server.</source>
        <translation>{0} จะไม่นับสิ่งใดจนกว่าเซิร์ฟเวอร์จะตอบกลับอีกครั้ง ทุกอย่างที่แสดงบันทึกไว้บนเซิร์ฟเวอร์แล้ว</translation>
    </message>
    <message>
        <source>The lab server answers again; the slide was read again from it.</source>
        <translation>เซิร์ฟเวอร์ของห้องปฏิบัติการตอบกลับแล้ว อ่านสไลด์จากเซิร์ฟเวอร์ใหม่แล้ว</translation>
    </message>
    <message>
        <source>Lab adaptation refitted: {0} stage(s), {1} switched on.</source>
        <translation>ปรับให้เข้ากับห้องปฏิบัติการใหม่แล้ว: {0} ขั้น เปิดใช้ {1}</translation>
    </message>
    <message>
        <source>Fitting the lab adaptation</source>
        <translation>กำลังปรับให้เข้ากับห้องปฏิบัติการ</translation>
    </message>
    <message>
        <source>{0} stopped on an unexpected error ({1}). See the log.</source>
        <translation>{0} หยุดเพราะข้อผิดพลาดที่ไม่คาดคิด ({1}) ดูรายละเอียดในไฟล์บันทึก</translation>
    </message>
    <message>
        <source>The camera sent a picture in a format that cannot be shown.</source>
        <translation>กล้องส่งภาพในรูปแบบที่แสดงไม่ได้</translation>
    </message>
    <message>
        <source>{0} stopped.</source>
        <translation>{0} หยุดทำงาน</translation>
    </message>
    <message>
        <source>{0} stopped sending pictures (unplugged or busy?). Plug it in (or close the other program) and press Start.</source>
        <translation>{0} หยุดส่งภาพ (ถอดสายหรือมีโปรแกรมอื่นใช้อยู่หรือไม่) เสียบกล้อง (หรือปิดโปรแกรมนั้น) แล้วกด เริ่ม</translation>
    </message>
    <message>
        <source>That camera is no longer connected. Plug it in and press Start.</source>
        <translation>กล้องนั้นไม่ได้เชื่อมต่ออยู่แล้ว เสียบกล้องแล้วกด เริ่ม</translation>
    </message>
    <message>
        <source>The camera reported a problem: {0}. Press Start to try again.</source>
        <translation>กล้องแจ้งปัญหา: {0} กด เริ่ม เพื่อลองอีกครั้ง</translation>
    </message>
    <message>
        <source>Keep counting on this computer</source>
        <translation>นับต่อบนคอมพิวเตอร์เครื่องนี้</translation>
    </message>
    <message>
        <source>Send now</source>
        <translation>ส่งตอนนี้</translation>
    </message>
    <message>
        <source>Waiting to be sent to the lab server: {0}.</source>
        <translation>รอส่งไปยังเซิร์ฟเวอร์ของห้องปฏิบัติการ: {0}</translation>
    </message>
    <message>
        <source>Copying the slide to this computer</source>
        <translation>กำลังคัดลอกสไลด์มายังคอมพิวเตอร์เครื่องนี้</translation>
    </message>
    <message>
        <source>Counting on this computer — will be sent to the lab server when it answers again.</source>
        <translation>กำลังนับบนคอมพิวเตอร์เครื่องนี้ — จะส่งไปยังเซิร์ฟเวอร์ของห้องปฏิบัติการเมื่อเซิร์ฟเวอร์ตอบกลับอีกครั้ง</translation>
    </message>
    <message>
        <source>Not copied to this computer</source>
        <translation>ไม่ได้คัดลอกมายังคอมพิวเตอร์เครื่องนี้</translation>
    </message>
    <message>
        <source>Sending to the lab server</source>
        <translation>กำลังส่งไปยังเซิร์ฟเวอร์ของห้องปฏิบัติการ</translation>
    </message>
    <message>
        <source>Sent to the lab server</source>
        <translation>ส่งไปยังเซิร์ฟเวอร์ของห้องปฏิบัติการแล้ว</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>ไม่ได้ส่ง</translation>
    </message>
    <message>
        <source>{0} It keeps waiting on this computer; send it with Send now.</source>
        <translation>{0} สไลด์ยังรออยู่บนคอมพิวเตอร์เครื่องนี้ ส่งได้ด้วยปุ่ม ส่งตอนนี้</translation>
    </message>
    <message>
        <source>The models could not be loaded, so there is nothing to explain with (the status bar says why).</source>
        <translation>โหลดโมเดลไม่ได้ จึงไม่มีสิ่งใดใช้อธิบายได้ (แถบสถานะแสดงสาเหตุ)</translation>
    </message>
    <message>
        <source>This cell was not typed by a classifier (its label is the detector&apos;s).</source>
        <translation>เซลล์นี้ไม่ได้จำแนกชนิดโดยตัวจำแนก (ชื่อชนิดมาจากตัวตรวจจับ)</translation>
    </message>
    <message>
        <source>Publish a profile</source>
        <translation>เผยแพร่โปรไฟล์</translation>
    </message>
    <message>
        <source>Profiles (*.json)</source>
        <translation>โปรไฟล์ (*.json)</translation>
    </message>
    <message>
        <source>The lab profile&apos;s name (empty: the profile&apos;s own name):</source>
        <translation>ชื่อโปรไฟล์ของห้องปฏิบัติการ (เว้นว่าง: ใช้ชื่อของโปรไฟล์เอง):</translation>
    </message>
    <message>
        <source>Publishing {0}…</source>
        <translation>กำลังเผยแพร่ {0}…</translation>
    </message>
    <message>
        <source>Publishing the profile</source>
        <translation>กำลังเผยแพร่โปรไฟล์</translation>
    </message>
    <message>
        <source>Published as {0} v{1}: every station of the lab counts with it.</source>
        <translation>เผยแพร่เป็น {0} v{1} แล้ว: ทุกสถานีของห้องปฏิบัติการนับด้วยโปรไฟล์นี้</translation>
    </message>
    <message>
        <source>Profile not published</source>
        <translation>ไม่ได้เผยแพร่โปรไฟล์</translation>
    </message>
</context>
<context>
    <name>AnalysisStatus</name>
    <message>
        <source>Models: not loaded yet</source>
        <translation>โมเดล: ยังไม่ได้โหลด</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>Models: {0} (loaded for the next analysis)</source>
        <translation>โมเดล: {0} (โหลดไว้สำหรับการวิเคราะห์ครั้งถัดไป)</translation>
    </message>
    <message>
        <source>Analysing {0} of {1}</source>
        <translation>กำลังวิเคราะห์ {0} จาก {1}</translation>
    </message>
    <message>
        <source>Models: loading {0}…</source>
        <translation>โมเดล: กำลังโหลด {0}…</translation>
    </message>
    <message>
        <source>Models: </source>
        <translation>โมเดล: </translation>
    </message>
    <message>
        <source>Models: not available</source>
        <translation>โมเดล: ใช้ไม่ได้</translation>
    </message>
    <message>
        <source>Models not available</source>
        <translation>ใช้โมเดลไม่ได้</translation>
    </message>
    <message>
        <source>Fields are still added and can be counted by hand. Fix the slide&apos;s model profile (its files, or import the model again), then Re-analyse (Ctrl+R) loads it again.</source>
        <translation>ยังเพิ่มฟิลด์และนับด้วยมือได้ แก้ไขโปรไฟล์โมเดลของสไลด์ (ไฟล์ของโปรไฟล์ หรือนำเข้าโมเดลใหม่) แล้ว วิเคราะห์ใหม่ (Ctrl+R) จะโหลดอีกครั้ง</translation>
    </message>
</context>
<context>
    <name>CameraPanel</name>
    <message>
        <source>camera default</source>
        <extracomment>How long the image folder source shows each image: a technician&apos;s pause on a place. What the technician chooses from: where the frames come from.</extracomment>
        <translation>ค่าเริ่มต้นของกล้อง</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>เริ่ม</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>หยุด</translation>
    </message>
    <message>
        <source>Capture (Space)</source>
        <translation>ถ่ายภาพ (Space)</translation>
    </message>
    <message>
        <source>Auto-capture each new place once it is still and sharp</source>
        <translation>ถ่ายอัตโนมัติเมื่อย้ายไปตำแหน่งใหม่ที่นิ่งและคมชัด</translation>
    </message>
    <message>
        <source>Live count</source>
        <translation>นับสด</translation>
    </message>
    <message>
        <source>Draw the detector&apos;s white cells on the live view, as a capture would count</source>
        <translation>วาดเม็ดเลือดขาวที่ตัวตรวจจับพบบนภาพสด ตามที่การถ่ายภาพจะนับ</translation>
    </message>
    <message>
        <source>Mirror</source>
        <translation>สะท้อนภาพ</translation>
    </message>
    <message>
        <source>Exposure </source>
        <translation>การรับแสง </translation>
    </message>
    <message>
        <source>No camera running. Choose a source and press Start.</source>
        <translation>ไม่มีกล้องทำงาน เลือกแหล่งภาพแล้วกด เริ่ม</translation>
    </message>
    <message>
        <source>Camera {0} (OpenCV)</source>
        <translation>กล้อง {0} (OpenCV)</translation>
    </message>
    <message>
        <source>Video file…</source>
        <translation>ไฟล์วิดีโอ…</translation>
    </message>
    <message>
        <source>Image folder…</source>
        <translation>โฟลเดอร์ภาพ…</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>กล้อง</translation>
    </message>
    <message>
        <source>Image folder</source>
        <translation>โฟลเดอร์ภาพ</translation>
    </message>
    <message>
        <source>Video file</source>
        <translation>ไฟล์วิดีโอ</translation>
    </message>
    <message>
        <source>Videos ({0})</source>
        <translation>วิดีโอ ({0})</translation>
    </message>
    <message>
        <source>Counting the live view…</source>
        <translation>กำลังนับภาพสด…</translation>
    </message>
    <message>
        <source>In view: {0} WBC · slide so far: {1}</source>
        <translation>ในภาพ: {0} WBC · สไลด์จนถึงตอนนี้: {1}</translation>
    </message>
    <message>
        <source>Press Start to play it again.</source>
        <translation>กด เริ่ม เพื่อเล่นอีกครั้ง</translation>
    </message>
    <message>
        <source>{0} fps</source>
        <translation>{0} fps</translation>
    </message>
    <message>
        <source>focus {0}</source>
        <translation>ความคมชัด {0}</translation>
    </message>
    <message>
        <source>Not captured: this is field {0} again. Move the stage to a new place.</source>
        <translation>ไม่ได้ถ่าย: นี่คือฟิลด์ {0} อีกครั้ง เลื่อนแท่นวางไปตำแหน่งใหม่</translation>
    </message>
    <message>
        <source>Not captured: this place was just captured. Move the stage.</source>
        <translation>ไม่ได้ถ่าย: ตำแหน่งนี้เพิ่งถ่ายไป เลื่อนแท่นวาง</translation>
    </message>
</context>
<context>
    <name>Corrections</name>
    <message>
        <source>Select a cell first (click, or Tab).</source>
        <translation>เลือกเซลล์ก่อน (คลิก หรือ Tab)</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>เลิกทำแล้ว</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>ไม่มีอะไรให้เลิกทำ</translation>
    </message>
    <message>
        <source>Redone</source>
        <translation>ทำซ้ำแล้ว</translation>
    </message>
    <message>
        <source>Nothing to redo.</source>
        <translation>ไม่มีอะไรให้ทำซ้ำ</translation>
    </message>
</context>
<context>
    <name>CountPanel</name>
    <message>
        <source>{0}: {1} ({2} / 100 WBC)</source>
        <translation>{0}: {1} ({2} / WBC 100)</translation>
    </message>
    <message>
        <source>WBC {0} ×10⁹/L</source>
        <translation>WBC {0} ×10⁹/L</translation>
    </message>
    <message>
        <source>corrected WBC {0}</source>
        <translation>WBC ที่แก้ค่าแล้ว {0}</translation>
    </message>
    <message>
        <source>BLASTS: {0} ({1}%)</source>
        <translation>บลาสต์: {0} ({1}%)</translation>
    </message>
    <message>
        <source>Target of {0} cells reached</source>
        <translation>ถึงเป้าหมาย {0} เซลล์แล้ว</translation>
    </message>
</context>
<context>
    <name>DatabaseDialog</name>
    <message>
        <source>Database</source>
        <translation>ฐานข้อมูล</translation>
    </message>
    <message>
        <source>This computer (its own slides)</source>
        <translation>คอมพิวเตอร์เครื่องนี้ (สไลด์ของเครื่องนี้เอง)</translation>
    </message>
    <message>
        <source>Lab server (the slides of every station)</source>
        <translation>เซิร์ฟเวอร์ของห้องปฏิบัติการ (สไลด์ของทุกสถานี)</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>ทดสอบการเชื่อมต่อ</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>ที่อยู่เซิร์ฟเวอร์</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>ชื่อของคุณ</translation>
    </message>
    <message>
        <source>Your password</source>
        <translation>รหัสผ่านของคุณ</translation>
    </message>
    <message>
        <source>The server address, your name and your password are needed.</source>
        <translation>ต้องระบุที่อยู่เซิร์ฟเวอร์ ชื่อ และรหัสผ่านของคุณ</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>กำลังเชื่อมต่อ…</translation>
    </message>
    <message>
        <source>Connecting to the lab server</source>
        <translation>การเชื่อมต่อกับเซิร์ฟเวอร์ของห้องปฏิบัติการ</translation>
    </message>
    <message>
        <source>Connected: {0} can work here.</source>
        <translation>เชื่อมต่อแล้ว: {0} ทำงานที่นี่ได้</translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message>
        <source>The slide database</source>
        <extracomment>How a message reaches the person; replaced in tests (a modal dialog would block them).</extracomment>
        <translation>ฐานข้อมูลสไลด์</translation>
    </message>
    <message>
        <source>{0} Your earlier work is in the database and its daily backups; run python -m app slides verify to see what is damaged.</source>
        <translation>{0} งานก่อนหน้าของคุณอยู่ในฐานข้อมูลและสำรองรายวัน เรียก python -m app slides verify เพื่อดูว่าส่วนใดเสียหาย</translation>
    </message>
    <message>
        <source>SmearCount</source>
        <translation>SmearCount</translation>
    </message>
    <message>
        <source>Unexpected problem</source>
        <translation>ปัญหาที่ไม่คาดคิด</translation>
    </message>
    <message>
        <source>SmearCount met an unexpected problem ({0}). Your work up to this point is saved. Details are in the log file.</source>
        <translation>SmearCount พบปัญหาที่ไม่คาดคิด ({0}) งานจนถึงตอนนี้ถูกบันทึกแล้ว รายละเอียดอยู่ในไฟล์บันทึก</translation>
    </message>
</context>
<context>
    <name>Explainer</name>
    <message>
        <source>Select one cell to explain.</source>
        <translation>เลือกหนึ่งเซลล์เพื่ออธิบาย</translation>
    </message>
    <message>
        <source>Explaining the selected cell…</source>
        <translation>กำลังอธิบายเซลล์ที่เลือก…</translation>
    </message>
    <message>
        <source>The explanation</source>
        <translation>คำอธิบาย</translation>
    </message>
    <message>
        <source>Bright = what mattered for &apos;{0}&apos; ({1}); {2} forward passes, {3} s.</source>
        <translation>ส่วนสว่าง = สิ่งที่สำคัญต่อ &apos;{0}&apos; ({1}); ประมวลผล {2} รอบ, {3} วินาที</translation>
    </message>
</context>
<context>
    <name>FieldIntake</name>
    <message>
        <source>Import stopped when the slide was closed: {0} image(s) stored as fields (analysed when the slide is opened again), {1} not read.</source>
        <translation>การนำเข้าหยุดเมื่อปิดสไลด์: เก็บภาพ {0} ภาพเป็นฟิลด์แล้ว (จะวิเคราะห์เมื่อเปิดสไลด์อีกครั้ง) ยังไม่ได้อ่าน {1} ภาพ</translation>
    </message>
    <message>
        <source>Opening {0} image(s)…</source>
        <translation>กำลังเปิดภาพ {0} ภาพ…</translation>
    </message>
    <message>
        <source>Slide signed</source>
        <translation>ลงนามสไลด์แล้ว</translation>
    </message>
    <message>
        <source>This slide is signed; unsign it to add fields.</source>
        <translation>สไลด์นี้ลงนามแล้ว ให้ยกเลิกการลงนามเพื่อเพิ่มฟิลด์</translation>
    </message>
    <message>
        <source>Field {0}: {1}. Consider capturing it again.</source>
        <translation>ฟิลด์ {0}: {1} ควรถ่ายใหม่</translation>
    </message>
    <message>
        <source>Some images were not added or not analysed</source>
        <translation>บางภาพไม่ได้เพิ่มหรือไม่ได้วิเคราะห์</translation>
    </message>
    <message>
        <source>Analysis finished.</source>
        <translation>วิเคราะห์เสร็จแล้ว</translation>
    </message>
</context>
<context>
    <name>FieldStrip</name>
    <message>
        <source>analysing…</source>
        <translation>กำลังวิเคราะห์…</translation>
    </message>
    <message>
        <source>analysis failed</source>
        <translation>วิเคราะห์ไม่สำเร็จ</translation>
    </message>
    <message>
        <source>{0} WBC</source>
        <translation>{0} WBC</translation>
    </message>
    <message>
        <source>✓ reviewed</source>
        <translation>✓ ตรวจทานแล้ว</translation>
    </message>
</context>
<context>
    <name>Gallery</name>
    <message>
        <source>cell {0}, field {1}</source>
        <extracomment>The dragged cells travel as their ids, so any row can take them.</extracomment>
        <translation>เซลล์ {0}, ฟิลด์ {1}</translation>
    </message>
    <message>
        <source>{0} selected: press a class key or drag them onto a row.</source>
        <translation>เลือก {0}: กดปุ่มชนิดหรือลากไปวางบนแถว</translation>
    </message>
    <message>
        <source>Click a cell to select it (Ctrl/Shift+click for more); double-click to see it in its field.</source>
        <translation>คลิกเซลล์เพื่อเลือก (Ctrl/Shift+คลิกเพื่อเลือกเพิ่ม) ดับเบิลคลิกเพื่อดูในฟิลด์ของมัน</translation>
    </message>
    <message>
        <source>No white cells yet: they appear here once fields are analysed.</source>
        <translation>ยังไม่มีเม็ดเลือดขาว: จะแสดงที่นี่เมื่อวิเคราะห์ฟิลด์แล้ว</translation>
    </message>
</context>
<context>
    <name>LabAdaptationDialog</name>
    <message>
        <source>Lab adaptation</source>
        <translation>การปรับให้เข้ากับห้องปฏิบัติการ</translation>
    </message>
    <message>
        <source>SmearCount learns this lab&apos;s microscope from the cells you confirmed or corrected (reviewed, relabelled, accepted with Enter) on slides of the profile &apos;{0}&apos;. A fit is checked on whole slides it did not see and types new analyses only when it beats the models alone by {1} of top-1 there (from {2} slides on). Cells already typed keep their labels; re-analyse a field to retype it.</source>
        <translation>SmearCount เรียนรู้กล้องจุลทรรศน์ของห้องปฏิบัติการนี้จากเซลล์ที่คุณยืนยันหรือแก้ไข (ตรวจทาน เปลี่ยนชนิด หรือยอมรับด้วย Enter) บนสไลด์ของโปรไฟล์ &apos;{0}&apos; ผลการปรับจะถูกตรวจบนสไลด์ทั้งแผ่นที่ไม่เคยเห็น และใช้จำแนกการวิเคราะห์ใหม่เฉพาะเมื่อดีกว่าโมเดลอย่างเดียว {1} ของ top-1 (ตั้งแต่ {2} สไลด์ขึ้นไป) เซลล์ที่จำแนกแล้วคงชนิดเดิม ให้วิเคราะห์ฟิลด์ใหม่เพื่อจำแนกอีกครั้ง</translation>
    </message>
    <message>
        <source>Use the lab adaptation for new analyses</source>
        <translation>ใช้การปรับให้เข้ากับห้องปฏิบัติการกับการวิเคราะห์ใหม่</translation>
    </message>
    <message>
        <source>Refit now</source>
        <translation>ปรับใหม่ตอนนี้</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>รีเซ็ต</translation>
    </message>
    <message>
        <source>This profile has no classifier.</source>
        <translation>โปรไฟล์นี้ไม่มีตัวจำแนก</translation>
    </message>
    <message>
        <source>Fitting… (the window can be used meanwhile)</source>
        <translation>กำลังปรับ… (ใช้หน้าต่างได้ระหว่างนี้)</translation>
    </message>
    <message>
        <source>Lab adaptation not fitted</source>
        <translation>ยังไม่ได้ปรับ</translation>
    </message>
    <message>
        <source>Lab adaptation not reset</source>
        <translation>ยังไม่ได้รีเซ็ตการปรับ</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>SmearCount — Slides</source>
        <translation>SmearCount — สไลด์</translation>
    </message>
    <message>
        <source> (signed, read-only)</source>
        <translation> (ลงนามแล้ว อ่านได้อย่างเดียว)</translation>
    </message>
    <message>
        <source> (finished)</source>
        <translation> (เสร็จแล้ว)</translation>
    </message>
    <message>
        <source> (counting on this computer — will be sent to the lab server)</source>
        <translation> (กำลังนับบนคอมพิวเตอร์เครื่องนี้ — จะส่งไปยังเซิร์ฟเวอร์ของห้องปฏิบัติการ)</translation>
    </message>
    <message>
        <source> (looking only: open at another station)</source>
        <translation> (ดูอย่างเดียว: เปิดอยู่ที่สถานีอื่น)</translation>
    </message>
    <message>
        <source>Import stopped</source>
        <translation>การนำเข้าหยุดแล้ว</translation>
    </message>
    <message>
        <source>Unsign slide</source>
        <translation>ยกเลิกการลงนามสไลด์</translation>
    </message>
    <message>
        <source>Reason (kept in the audit trail):</source>
        <translation>เหตุผล (เก็บในบันทึกการตรวจสอบ):</translation>
    </message>
    <message>
        <source>Profile saved: {0}</source>
        <translation>บันทึกโปรไฟล์แล้ว: {0}</translation>
    </message>
    <message>
        <source>Slides from {0}.</source>
        <translation>สไลด์จาก {0}</translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation>ไม่ได้บันทึกการตั้งค่า</translation>
    </message>
    <message>
        <source>Lab adaptation not refitted: </source>
        <translation>ไม่ได้ปรับใหม่: </translation>
    </message>
</context>
<context>
    <name>ModelForm</name>
    <message>
        <source>Class</source>
        <translation>ชนิด</translation>
    </message>
    <message>
        <source>Counts as</source>
        <translation>นับเป็น</translation>
    </message>
    <message>
        <source>Classes (in output order)</source>
        <translation>ชนิด (ตามลำดับเอาต์พุต)</translation>
    </message>
    <message>
        <source>Colour order</source>
        <translation>ลำดับสี</translation>
    </message>
    <message>
        <source>Input range</source>
        <translation>ช่วงค่าอินพุต</translation>
    </message>
    <message>
        <source>Detector output format</source>
        <translation>รูปแบบเอาต์พุตของตัวตรวจจับ</translation>
    </message>
    <message>
        <source>Score threshold</source>
        <translation>เกณฑ์คะแนน</translation>
    </message>
    <message>
        <source>Crop context (x box)</source>
        <translation>ขอบเขตรอบเซลล์ (x กรอบ)</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>การใช้งาน</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>ชื่อโปรไฟล์</translation>
    </message>
    <message>
        <source>Classes SmearCount does not know</source>
        <translation>ชนิดที่ SmearCount ไม่รู้จัก</translation>
    </message>
    <message>
        <source>Detector, own profile</source>
        <translation>ตัวตรวจจับ โปรไฟล์ของตนเอง</translation>
    </message>
    <message>
        <source>Detector, white cells typed by SmearCount&apos;s classifier</source>
        <translation>ตัวตรวจจับ เม็ดเลือดขาวจำแนกโดยตัวจำแนกของ SmearCount</translation>
    </message>
    <message>
        <source>Single-cell images (no detector)</source>
        <translation>ภาพเซลล์เดี่ยว (ไม่มีตัวตรวจจับ)</translation>
    </message>
    <message>
        <source>Types the white cells SmearCount&apos;s detector finds</source>
        <translation>จำแนกเม็ดเลือดขาวที่ตัวตรวจจับของ SmearCount พบ</translation>
    </message>
    <message>
        <source>Template {0}: {1} ({2})</source>
        <translation>แม่แบบ {0}: {1} ({2})</translation>
    </message>
    <message>
        <source>This template expects {0} classes ({1}); the model has {2}.</source>
        <translation>แม่แบบนี้ต้องการ {0} ชนิด ({1}) แต่โมเดลมี {2}</translation>
    </message>
</context>
<context>
    <name>ModelImportDialog</name>
    <message>
        <source>Import a model</source>
        <translation>นำเข้าโมเดล</translation>
    </message>
    <message>
        <source>Choose model…</source>
        <translation>เลือกโมเดล…</translation>
    </message>
    <message>
        <source>Settings file…</source>
        <translation>ไฟล์การตั้งค่า…</translation>
    </message>
    <message>
        <source>A manifest (.json) from the model&apos;s maker, if it is not beside the model</source>
        <translation>ไฟล์ manifest (.json) จากผู้สร้างโมเดล หากไม่ได้อยู่ข้างโมเดล</translation>
    </message>
    <message>
        <source>No model chosen.</source>
        <translation>ยังไม่ได้เลือกโมเดล</translation>
    </message>
    <message>
        <source>Run self-test</source>
        <translation>เรียกการทดสอบตัวเอง</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>บันทึกโปรไฟล์</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <source>Reference images: three rendered fields, plus the lab&apos;s own in {0}</source>
        <translation>ภาพอ้างอิง: ฟิลด์ที่สร้างขึ้นสามภาพ รวมกับภาพของห้องปฏิบัติการเองใน {0}</translation>
    </message>
    <message>
        <source>Choose an ONNX model</source>
        <translation>เลือกโมเดล ONNX</translation>
    </message>
    <message>
        <source>ONNX models (*.onnx)</source>
        <translation>โมเดล ONNX (*.onnx)</translation>
    </message>
    <message>
        <source>Choose the model&apos;s settings</source>
        <translation>เลือกการตั้งค่าของโมเดล</translation>
    </message>
    <message>
        <source>Manifests (*.json)</source>
        <translation>Manifest (*.json)</translation>
    </message>
    <message>
        <source>Reading {0}…</source>
        <translation>กำลังอ่าน {0}…</translation>
    </message>
    <message>
        <source>Reading the model</source>
        <translation>การอ่านโมเดล</translation>
    </message>
    <message>
        <source>assumed: {0}</source>
        <translation>สันนิษฐาน: {0}</translation>
    </message>
    <message>
        <source>Read:</source>
        <translation>อ่านได้:</translation>
    </message>
    <message>
        <source>Running the self-test…</source>
        <translation>กำลังทดสอบตัวเอง…</translation>
    </message>
    <message>
        <source>The self-test</source>
        <translation>การทดสอบตัวเอง</translation>
    </message>
    <message>
        <source>&lt;b&gt;Self-test passed.&lt;/b&gt;</source>
        <translation>&lt;b&gt;ผ่านการทดสอบตัวเอง&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Self-test warnings: check the settings before saving.&lt;/b&gt;</source>
        <translation>&lt;b&gt;การทดสอบตัวเองมีคำเตือน: ตรวจการตั้งค่าก่อนบันทึก&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Save despite warnings?</source>
        <translation>บันทึกทั้งที่มีคำเตือนหรือไม่?</translation>
    </message>
    <message>
        <source>The self-test warned:

{0}

Save the profile anyway?</source>
        <translation>การทดสอบตัวเองเตือนว่า:

{0}

บันทึกโปรไฟล์ต่อไปหรือไม่?</translation>
    </message>
    <message>
        <source>Saved the profile {0}. Choose it for a new slide (or in Settings).</source>
        <translation>บันทึกโปรไฟล์ {0} แล้ว เลือกใช้กับสไลด์ใหม่ (หรือใน การตั้งค่า)</translation>
    </message>
</context>
<context>
    <name>NewSlideDialog</name>
    <message>
        <source>New slide</source>
        <translation>สไลด์ใหม่</translation>
    </message>
    <message>
        <source>Peripheral blood</source>
        <translation>เลือดส่วนปลาย</translation>
    </message>
    <message>
        <source>Bone marrow</source>
        <translation>ไขกระดูก</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>ไม่ระบุ</translation>
    </message>
    <message>
        <source>Sample / slide ID</source>
        <translation>รหัสตัวอย่าง / สไลด์</translation>
    </message>
    <message>
        <source>Patient ID</source>
        <translation>รหัสผู้ป่วย (HN)</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>อายุ</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>เพศ</translation>
    </message>
    <message>
        <source>Specimen</source>
        <translation>สิ่งส่งตรวจ</translation>
    </message>
    <message>
        <source>Stain</source>
        <translation>การย้อมสี</translation>
    </message>
    <message>
        <source>WBC count (×10⁹/L)</source>
        <translation>WBC (×10⁹/L)</translation>
    </message>
    <message>
        <source>Target (cells)</source>
        <translation>เป้าหมาย (เซลล์)</translation>
    </message>
    <message>
        <source>Model profile</source>
        <translation>โปรไฟล์โมเดล</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>ผู้ตรวจ</translation>
    </message>
    <message>
        <source>Slide details</source>
        <translation>รายละเอียดสไลด์</translation>
    </message>
    <message>
        <source>The sample / slide ID is needed.</source>
        <translation>ต้องระบุรหัสตัวอย่าง / สไลด์</translation>
    </message>
</context>
<context>
    <name>PeopleDialog</name>
    <message>
        <source>People</source>
        <translation>บุคคล</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>บทบาท</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>เพิ่ม</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>รหัสผ่านใหม่</translation>
    </message>
    <message>
        <source>Set role</source>
        <translation>กำหนดบทบาท</translation>
    </message>
    <message>
        <source>Let go…</source>
        <translation>ให้ออก…</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>รหัสผ่าน</translation>
    </message>
    <message>
        <source>The same again</source>
        <translation>ยืนยันอีกครั้ง</translation>
    </message>
    <message>
        <source>Listing the people</source>
        <translation>กำลังแสดงรายชื่อบุคคล</translation>
    </message>
    <message>
        <source>{0} can sign in as {1}.</source>
        <translation>{0} ลงชื่อเข้าใช้ในฐานะ{1}ได้</translation>
    </message>
    <message>
        <source>{0} signs in with the new password.</source>
        <translation>{0} ลงชื่อเข้าใช้ด้วยรหัสผ่านใหม่</translation>
    </message>
    <message>
        <source>{0} is {1} from now on.</source>
        <translation>{0} เป็น{1}นับจากนี้</translation>
    </message>
    <message>
        <source>Let go</source>
        <translation>ให้ออก</translation>
    </message>
    <message>
        <source>{0} will no longer sign in at any station. Their name stays on every audit entry they made.</source>
        <translation>{0} จะลงชื่อเข้าใช้ที่สถานีใดไม่ได้อีก ชื่อยังคงอยู่ในรายการบันทึกการตรวจสอบทุกรายการที่บุคคลนี้ทำไว้</translation>
    </message>
    <message>
        <source>{0} no longer signs in.</source>
        <translation>{0} ลงชื่อเข้าใช้ไม่ได้อีกต่อไป</translation>
    </message>
    <message>
        <source>Choose a person in the list first.</source>
        <translation>เลือกบุคคลในรายการก่อน</translation>
    </message>
    <message>
        <source>The two passwords differ; nothing was changed.</source>
        <translation>รหัสผ่านทั้งสองไม่ตรงกัน ไม่มีการเปลี่ยนแปลงใด ๆ</translation>
    </message>
    <message>
        <source>Changing the lab&apos;s people</source>
        <translation>กำลังเปลี่ยนแปลงบุคคลของห้องปฏิบัติการ</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>Export report</source>
        <translation>ส่งออกรายงาน</translation>
    </message>
    <message>
        <source>Report written: {0}</source>
        <translation>เขียนรายงานแล้ว: {0}</translation>
    </message>
    <message>
        <source>Export PDF summary</source>
        <translation>ส่งออกสรุป PDF</translation>
    </message>
    <message>
        <source>PDF summary written: {0}</source>
        <translation>เขียนสรุป PDF แล้ว: {0}</translation>
    </message>
    <message>
        <source>Summary ready to print</source>
        <translation>สรุปพร้อมพิมพ์</translation>
    </message>
    <message>
        <source>Result for the LIS in {0}</source>
        <translation>ผลสำหรับ LIS อยู่ใน {0}</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>ไม่ได้พิมพ์</translation>
    </message>
    <message>
        <source>Summary sent to the printer</source>
        <translation>ส่งสรุปไปยังเครื่องพิมพ์แล้ว</translation>
    </message>
    <message>
        <source> (DRAFT: the slide is not finished)</source>
        <translation> (ฉบับร่าง: สไลด์ยังไม่เสร็จ)</translation>
    </message>
    <message>
        <source>The report</source>
        <translation>รายงาน</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>กำลังเขียนรายงาน…</translation>
    </message>
    <message>
        <source>Report not written</source>
        <translation>ไม่ได้เขียนรายงาน</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>การตั้งค่า</translation>
    </message>
    <message>
        <source>model&apos;s own</source>
        <translation>ของโมเดลเอง</translation>
    </message>
    <message>
        <source>empty: estimated on each field from the red cells</source>
        <translation>เว้นว่าง: ประมาณจากเม็ดเลือดแดงในแต่ละฟิลด์</translation>
    </message>
    <message>
        <source>leave empty to keep the operator&apos;s PIN</source>
        <translation>เว้นว่างเพื่อคง PIN เดิมของผู้ตรวจ</translation>
    </message>
    <message>
        <source>default per-user folder (restart to apply)</source>
        <translation>โฟลเดอร์เริ่มต้นของผู้ใช้ (มีผลเมื่อเริ่มใหม่)</translation>
    </message>
    <message>
        <source> WBC</source>
        <translation> WBC</translation>
    </message>
    <message>
        <source>none: no CSV/HL7 result is written</source>
        <translation>ไม่มี: ไม่เขียนผล CSV/HL7</translation>
    </message>
    <message>
        <source>The system&apos;s ({0})</source>
        <translation>ตามระบบ ({0})</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>ผู้ตรวจ</translation>
    </message>
    <message>
        <source>Language (from the next start)</source>
        <translation>ภาษา (มีผลเมื่อเปิดครั้งถัดไป)</translation>
    </message>
    <message>
        <source>Reports in English (for a referral lab)</source>
        <translation>รายงานเป็นภาษาอังกฤษ (สำหรับห้องปฏิบัติการที่ส่งต่อ)</translation>
    </message>
    <message>
        <source>Model profile</source>
        <translation>โปรไฟล์โมเดล</translation>
    </message>
    <message>
        <source>Detection threshold</source>
        <translation>เกณฑ์การตรวจจับ</translation>
    </message>
    <message>
        <source>Camera scale (µm per pixel)</source>
        <translation>มาตราส่วนของกล้อง (µm ต่อพิกเซล)</translation>
    </message>
    <message>
        <source>For this camera and objective: photograph a stage micrometer and divide its length in µm by its length in pixels. Applies to fields analysed from now on.</source>
        <translation>สำหรับกล้องและเลนส์ใกล้วัตถุชุดนี้: ถ่ายภาพสเตจไมโครมิเตอร์ แล้วนำความยาวเป็น µm หารด้วยความยาวเป็นพิกเซล มีผลกับฟิลด์ที่วิเคราะห์หลังจากนี้</translation>
    </message>
    <message>
        <source>Review cells below confidence</source>
        <translation>ตรวจทานเซลล์ที่ความมั่นใจต่ำกว่า</translation>
    </message>
    <message>
        <source>Show labels</source>
        <translation>แสดงป้ายชื่อ</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>สี</translation>
    </message>
    <message>
        <source>Warn below focus score</source>
        <translation>เตือนเมื่อคะแนนความคมชัดต่ำกว่า</translation>
    </message>
    <message>
        <source>Sound at target</source>
        <translation>เสียงเมื่อถึงเป้าหมาย</translation>
    </message>
    <message>
        <source>Lab name</source>
        <translation>ชื่อห้องปฏิบัติการ</translation>
    </message>
    <message>
        <source>Lab address</source>
        <translation>ที่อยู่ห้องปฏิบัติการ</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>โฟลเดอร์ข้อมูล</translation>
    </message>
    <message>
        <source>Report paper</source>
        <translation>กระดาษรายงาน</translation>
    </message>
    <message>
        <source>High/low flags from</source>
        <translation>สัญญาณสูง/ต่ำตั้งแต่</translation>
    </message>
    <message>
        <source>Result folder for the LIS (on signing)</source>
        <translation>โฟลเดอร์ผลสำหรับ LIS (เมื่อลงนาม)</translation>
    </message>
    <message>
        <source>Operator&apos;s signing PIN (new)</source>
        <translation>PIN ลงนามของผู้ตรวจ (ใหม่)</translation>
    </message>
    <message>
        <source>Signing needs a PIN</source>
        <translation>การลงนามต้องใช้ PIN</translation>
    </message>
    <message>
        <source>Key: {0}</source>
        <translation>ปุ่ม: {0}</translation>
    </message>
    <message>
        <source>Key {0} is given to {1}: give each category its own key.</source>
        <translation>ปุ่ม {0} ถูกกำหนดให้ {1}: กำหนดปุ่มแยกสำหรับแต่ละชนิด</translation>
    </message>
    <message>
        <source> and </source>
        <translation> และ </translation>
    </message>
    <message>
        <source>from the lab server: {0} v{1}</source>
        <translation>จากเซิร์ฟเวอร์ของห้องปฏิบัติการ: {0} v{1}</translation>
    </message>
    <message>
        <source>this computer&apos;s own profile</source>
        <translation>โปรไฟล์ของคอมพิวเตอร์เครื่องนี้เอง</translation>
    </message>
</context>
<context>
    <name>SlideTableModel</name>
    <message>
        <source>open</source>
        <translation>เปิดอยู่</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>เสร็จแล้ว</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>ลงนามแล้ว</translation>
    </message>
</context>
<context>
    <name>SlideView</name>
    <message>
        <source>Field</source>
        <translation>ฟิลด์</translation>
    </message>
    <message>
        <source>Gallery</source>
        <translation>แกลเลอรี</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>กล้อง</translation>
    </message>
    <message>
        <source>That is outside the image: click on the cell.</source>
        <translation>นั่นอยู่นอกภาพ: คลิกที่เซลล์</translation>
    </message>
    <message>
        <source>No fields yet.

Add this slide&apos;s field images with File → Open images (Ctrl+O) or Open folder, drop image files here, or capture them in the Camera tab.</source>
        <translation>ยังไม่มีฟิลด์

เพิ่มภาพฟิลด์ของสไลด์นี้ด้วย ไฟล์ → เปิดภาพ (Ctrl+O) หรือ เปิดโฟลเดอร์ ลากไฟล์ภาพมาวางที่นี่ หรือถ่ายภาพในแท็บ กล้อง</translation>
    </message>
    <message>
        <source>New cell: press its class key (Esc cancels).</source>
        <translation>เซลล์ใหม่: กดปุ่มชนิดของเซลล์ (Esc ยกเลิก)</translation>
    </message>
    <message>
        <source>Every cell has been reviewed.</source>
        <translation>ตรวจทานครบทุกเซลล์แล้ว</translation>
    </message>
    <message>
        <source>Target of {0} cells reached.</source>
        <translation>ถึงเป้าหมาย {0} เซลล์แล้ว</translation>
    </message>
</context>
<context>
    <name>StartView</name>
    <message>
        <source>Search sample or patient ID</source>
        <translation>ค้นหารหัสตัวอย่างหรือรหัสผู้ป่วย</translation>
    </message>
    <message>
        <source>All slides</source>
        <translation>สไลด์ทั้งหมด</translation>
    </message>
    <message>
        <source>Awaiting signature</source>
        <translation>รอการลงนาม</translation>
    </message>
    <message>
        <source>New slide…</source>
        <translation>สไลด์ใหม่…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>เปิด</translation>
    </message>
    <message>
        <source>More slides…</source>
        <translation>สไลด์เพิ่มเติม…</translation>
    </message>
    <message>
        <source>in use: {0}</source>
        <translation>กำลังใช้: {0}</translation>
    </message>
    <message>
        <source>replaced by slide {0} (counted offline): kept for the record</source>
        <translation>ถูกแทนที่ด้วยสไลด์ {0} (นับแบบออฟไลน์): เก็บไว้เป็นหลักฐาน</translation>
    </message>
    <message>
        <source>{0} slide(s) await a signature: flagged first, then the oldest.</source>
        <translation>สไลด์ {0} แผ่นรอการลงนาม: ที่มีธงก่อน แล้วตามด้วยที่เก่าที่สุด</translation>
    </message>
    <message>
        <source>No finished slide awaits a signature.</source>
        <translation>ไม่มีสไลด์ที่เสร็จแล้วรอการลงนาม</translation>
    </message>
    <message>
        <source>{0} unfinished slide(s): double-click to resume.</source>
        <translation>สไลด์ที่ยังไม่เสร็จ {0} แผ่น: ดับเบิลคลิกเพื่อทำต่อ</translation>
    </message>
    <message>
        <source>Double-click a slide to open it, or start a New slide (Ctrl+N).</source>
        <translation>ดับเบิลคลิกสไลด์เพื่อเปิด หรือเริ่ม สไลด์ใหม่ (Ctrl+N)</translation>
    </message>
    <message>
        <source>No slide&apos;s sample or patient ID contains “{1}”.</source>
        <translation>ไม่มีสไลด์ที่รหัสตัวอย่างหรือรหัสผู้ป่วยมี “{1}”</translation>
    </message>
    <message>
        <source>No slides yet. Press New slide (Ctrl+N) and give the sample ID; then add the field images with File → Open images (Ctrl+O), Open folder, by dropping image files on the window, or from the Camera tab.</source>
        <translation>ยังไม่มีสไลด์ กด สไลด์ใหม่ (Ctrl+N) แล้วใส่รหัสตัวอย่าง จากนั้นเพิ่มภาพฟิลด์ด้วย ไฟล์ → เปิดภาพ (Ctrl+O) เปิดโฟลเดอร์ ลากไฟล์ภาพมาวางบนหน้าต่าง หรือจากแท็บ กล้อง</translation>
    </message>
</context>
<context>
    <name>TargetBar</name>
    <message>
        <source>%1 of %2 cells</source>
        <translation>%1 จาก %2 เซลล์</translation>
    </message>
</context>
<context>
    <name>TrainingExportDialog</name>
    <message>
        <source>Export training data</source>
        <translation>ส่งออกข้อมูลฝึกโมเดล</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>เลือก…</translation>
    </message>
    <message>
        <source>Slides</source>
        <translation>สไลด์</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>รูปแบบ</translation>
    </message>
    <message>
        <source>Empty folder</source>
        <translation>โฟลเดอร์ว่าง</translation>
    </message>
    <message>
        <source>Final boxes and classes only; no patient or sample ID is written (files are named by slide and field number).</source>
        <translation>เฉพาะกรอบและชนิดสุดท้าย ไม่เขียนรหัสผู้ป่วยหรือรหัสตัวอย่าง (ไฟล์ตั้งชื่อตามหมายเลขสไลด์และฟิลด์)</translation>
    </message>
    <message>
        <source>Export training data to</source>
        <translation>ส่งออกข้อมูลฝึกโมเดลไปที่</translation>
    </message>
    <message>
        <source>Choose at least one slide.</source>
        <translation>เลือกอย่างน้อยหนึ่งสไลด์</translation>
    </message>
    <message>
        <source>Choose a folder to write to.</source>
        <translation>เลือกโฟลเดอร์ที่จะเขียน</translation>
    </message>
    <message>
        <source>Choose a new or empty folder.</source>
        <translation>เลือกโฟลเดอร์ใหม่หรือโฟลเดอร์ว่าง</translation>
    </message>
</context>
</TS>
