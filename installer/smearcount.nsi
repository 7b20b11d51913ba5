; SmearCount Windows installer (NSIS 3). Build on Windows after `python build_spec.py`:
;   makensis installer\smearcount.nsi        -> dist\SmearCount-setup.exe
; makensis also runs on Linux, but the bundle it wraps must be the Windows build.
; Silent install for lab roll-outs:   SmearCount-setup.exe /S   (optionally /D=C:\Path)
; Per-user install (no administrator needed); slides and settings in the user's AppData are
; kept on uninstall.

Unicode true
!define APPNAME "SmearCount"
!ifndef VERSION
  !define VERSION "0.1.0"
!endif
!define BUNDLE "..\dist\SmearCount"
!define UNINSTKEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APPNAME}"

Name "${APPNAME} ${VERSION}"
OutFile "..\dist\SmearCount-setup.exe"
RequestExecutionLevel user
InstallDir "$LOCALAPPDATA\Programs\${APPNAME}"
InstallDirRegKey HKCU "${UNINSTKEY}" "InstallLocation"
Icon "..\resources\icons\smearcount.ico"
UninstallIcon "..\resources\icons\smearcount.ico"
SetCompressor /SOLID lzma

!include "MUI2.nsh"
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "English"

Section "SmearCount" main
  SetOutPath "$INSTDIR"
  ; An update replaces the program files, never the user's slides (they live in AppData).
  RMDir /r "$INSTDIR\_internal"
  File /r "${BUNDLE}\*.*"
  CreateDirectory "$SMPROGRAMS\${APPNAME}"
  CreateShortcut "$SMPROGRAMS\${APPNAME}\${APPNAME}.lnk" "$INSTDIR\SmearCount.exe"
  CreateShortcut "$SMPROGRAMS\${APPNAME}\${APPNAME} self-test.lnk" "$INSTDIR\SmearCount.exe" "--self-test"
  WriteUninstaller "$INSTDIR\uninstall.exe"
  WriteRegStr HKCU "${UNINSTKEY}" "DisplayName" "${APPNAME}"
  WriteRegStr HKCU "${UNINSTKEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTKEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTKEY}" "DisplayIcon" "$INSTDIR\SmearCount.exe"
  WriteRegStr HKCU "${UNINSTKEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${UNINSTKEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINSTKEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTKEY}" "NoRepair" 1
SectionEnd

Section "Uninstall"
  ; Only the program: %LOCALAPPDATA%\SmearCount (slides, images, settings) stays.
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\SmearCount.exe"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  RMDir /r "$SMPROGRAMS\${APPNAME}"
  DeleteRegKey HKCU "${UNINSTKEY}"
SectionEnd
