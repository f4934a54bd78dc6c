; Inno Setup 6.3+ script for Sync Doctor (Windows 10/11, x64). Wraps the PyInstaller one-folder build.
; Saved as UTF-8 with a BOM so the compiler reads the Spanish messages right: keep the BOM when editing.
;
;   pyinstaller installer\syncdoctor.spec --noconfirm            (→ dist\Sync Doctor\SyncDoctor.exe)
;   "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" /DAppVersion=0.1.0 installer\windows\syncdoctor.iss
;                                                                  (→ dist\SyncDoctor-0.1.0-setup.exe)
;
; Defines (ISCC /D...):
;   AppVersion   required; the [project] version of pyproject.toml (digits and dots: it is also the file version)
;   DistDir      the PyInstaller output folder (default: ..\..\dist\Sync Doctor, i.e. dist\ at the repo root)
;   OutputDir    where the setup .exe goes (default: ..\..\dist)
;   UseSignTool  sign setup and uninstaller with the sign tool named "syncdoctor", defined on the command line:
;                ISCC "/Ssyncdoctor=signtool sign /fd sha256 /tr <timestamp-url> /td sha256 /a $f" /DUseSignTool ...
;
; Installs per user by default (no administrator rights, into %LOCALAPPDATA%\Programs\Sync Doctor); the first
; page lets an administrator choose "all users" instead (or /ALLUSERS on the command line).
; Uninstalling removes the program only: the user's profiles, cache, journal, logs and settings
; (%LOCALAPPDATA%\SyncDoctor, core/paths.py via platformdirs) and the sign-ins in Windows Credential Manager
; stay, and the uninstaller says so.

#ifndef AppVersion
  #error Pass the version: ISCC /DAppVersion=X.Y.Z installer\windows\syncdoctor.iss (see installer\README.md)
#endif
#ifndef DistDir
  #define DistDir "..\..\dist\Sync Doctor"
#endif
#ifndef OutputDir
  #define OutputDir "..\..\dist"
#endif
#define AppName "Sync Doctor"
#define AppExe "SyncDoctor.exe"

[Setup]
; The AppId identifies the product for upgrades and uninstall: never change it.
AppId={{ECBC5ED1-75AD-462A-9A5A-D34BCF4A486B}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Sync Doctor
VersionInfoVersion={#AppVersion}
VersionInfoProductName={#AppName}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog commandline
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
SetupIconFile=..\icons\syncdoctor.ico
OutputDir={#OutputDir}
OutputBaseFilename=SyncDoctor-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes
#ifdef UseSignTool
SignTool=syncdoctor
SignedUninstaller=yes
#endif

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "spanish"; MessagesFile: "compiler:Languages\Spanish.isl"

[CustomMessages]
english.KeptUserData=Sync Doctor was removed, but your data was kept:%n%n- profiles, cache, change journal, logs and settings in %1%n- saved HubSpot and QuickBooks sign-ins in Windows Credential Manager (entries named SyncDoctor)%n%nReinstalling picks them up again. To remove them for good, delete that folder and those Credential Manager entries.
spanish.KeptUserData=Sync Doctor se desinstaló, pero sus datos se conservaron:%n%n- perfiles, caché, registro de cambios, logs y configuración en %1%n- los inicios de sesión de HubSpot y QuickBooks guardados en el Administrador de credenciales de Windows (entradas SyncDoctor)%n%nSi vuelve a instalarlo, los encontrará. Para borrarlos definitivamente, elimine esa carpeta y esas entradas.

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the whole bundle: stale DLLs or modules from an older build must not linger beside it.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
; Everything PyInstaller produced: SyncDoctor.exe (windowed), SyncDoctorCLI.exe (console) and _internal\.
Source: "{#DistDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only the program folder; the user data folder (%LOCALAPPDATA%\SyncDoctor) is deliberately not listed.
Type: dirifempty; Name: "{app}"

[Code]
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if (CurUninstallStep = usPostUninstall) and not UninstallSilent then
    MsgBox(FmtMessage(CustomMessage('KeptUserData'), ['%LOCALAPPDATA%\SyncDoctor']), mbInformation, MB_OK);
end;
