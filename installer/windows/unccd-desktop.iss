; Inno Setup 6 script (6.3 or newer): the Windows installer of UNCCD Partnerships.
; Saved as UTF-8 with a byte-order mark, which is how Inno Setup knows to read it as UTF-8.
;
; Build the app folder first (installer/README.md), then, from the top of the source tree:
;   "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" /DAppVersion=0.1.0 installer\windows\unccd-desktop.iss
; which writes dist\unccd-desktop-0.1.0-windows-x64-setup.exe.
;
; - Installs for the current user without administrator rights (officers often have none), or
;   for all users when run as administrator / chosen in the first dialog.
; - Start-menu entry, optional desktop shortcut, and the .unccd file type (double-click opens
;   the database in the app).
; - The uninstaller removes the program; the databases, backups, settings and logs in
;   %LOCALAPPDATA%\unccd-desktop stay unless the user says to delete them.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "UNCCD Partnerships"
#define AppExe "unccd-desktop.exe"
#define ProgId "UNCCDPartnerships.Database"
#define AppFolder "..\..\dist\unccd-desktop"

[Setup]
AppId={{5832663B-C323-43C9-87DB-2B6F8155F8F8}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=UNCCD Partnerships project
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
ChangesAssociations=yes
CloseApplications=yes
OutputDir=..\..\dist
OutputBaseFilename=unccd-desktop-{#AppVersion}-windows-x64-setup
SetupIconFile=..\..\resources\icons\unccd-desktop.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern

[Languages]
; Inno Setup ships these; Arabic and Chinese (Simplified) are among its unofficial
; translations (installer/README.md says how to add them).
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "french"; MessagesFile: "compiler:Languages\French.isl"
Name: "spanish"; MessagesFile: "compiler:Languages\Spanish.isl"
Name: "russian"; MessagesFile: "compiler:Languages\Russian.isl"

[CustomMessages]
english.DatabaseFile=UNCCD Partnerships database
french.DatabaseFile=Base de données UNCCD Partnerships
spanish.DatabaseFile=Base de datos de UNCCD Partnerships
russian.DatabaseFile=База данных UNCCD Partnerships
english.DeleteUserData=Also delete your databases, backups, settings and logs in%n%1?%n%nChoose No to keep them (recommended): a later installation will find them again. Databases you saved in other folders are not touched either way.
french.DeleteUserData=Supprimer aussi vos bases de données, sauvegardes, réglages et journaux dans%n%1 ?%n%nChoisissez Non pour les garder (recommandé) : une installation ultérieure les retrouvera. Les bases enregistrées dans d'autres dossiers ne sont jamais touchées.
spanish.DeleteUserData=¿Eliminar también sus bases de datos, copias de seguridad, ajustes y registros en%n%1?%n%nElija No para conservarlos (recomendado): una instalación posterior los volverá a encontrar. Las bases guardadas en otras carpetas no se tocan en ningún caso.
russian.DeleteUserData=Удалить также ваши базы данных, резервные копии, настройки и журналы в%n%1?%n%nВыберите «Нет», чтобы сохранить их (рекомендуется): при следующей установке они снова будут доступны. Базы данных в других папках не затрагиваются.

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#AppFolder}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; The .unccd file type (HKA: the current user's or the machine's classes, as installed).
Root: HKA; Subkey: "Software\Classes\.unccd"; ValueType: string; ValueName: ""; ValueData: "{#ProgId}"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.unccd\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: ""; ValueData: "{cm:DatabaseFile}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKA; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" --db ""%1"""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".unccd"; ValueData: ""; Flags: uninsdeletekey

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[Code]
{ The app keeps its data in platformdirs' user data folder: %LOCALAPPDATA%\unccd-desktop. }
function UserDataDir(): String;
begin
  Result := ExpandConstant('{localappdata}\unccd-desktop');
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  Dir: String;
begin
  if CurUninstallStep <> usPostUninstall then
    exit;
  Dir := UserDataDir();
  if UninstallSilent() or not DirExists(Dir) then
    exit;
  if SuppressibleMsgBox(FmtMessage(CustomMessage('DeleteUserData'), [Dir]),
      mbConfirmation, MB_YESNO or MB_DEFBUTTON2, IDNO) = IDYES then
    DelTree(Dir, True, True, True);
end;
