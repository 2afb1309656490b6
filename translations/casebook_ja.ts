<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>AccountCommands</name>
    <message>
        <source>readable</source>
        <translation>読み取り可能</translation>
    </message>
    <message>
        <source>missing: enter it again (account add)</source>
        <translation>なし: もう一度入力してください (account add)</translation>
    </message>
    <message>
        <source>unknown: no keychain available</source>
        <translation>不明: キーチェーンを利用できません</translation>
    </message>
    <message>
        <source>unreadable: keyring locked or access denied</source>
        <translation>読み取り不可: キーリングがロックされているか、アクセスが拒否されました</translation>
    </message>
    <message>
        <source>unreadable: %1</source>
        <translation>読み取り不可: %1</translation>
    </message>
    <message>
        <source>Access key ID: </source>
        <translation>アクセスキー ID: </translation>
    </message>
    <message>
        <source>Expected the access key id on the first line of standard input.</source>
        <translation>標準入力の 1 行目にアクセスキー ID が必要です。</translation>
    </message>
    <message>
        <source>Secret access key: </source>
        <translation>シークレットアクセスキー: </translation>
    </message>
    <message>
        <source>Expected the secret access key on the second line of standard input.</source>
        <translation>標準入力の 2 行目にシークレットアクセスキーが必要です。</translation>
    </message>
    <message>
        <source>An access key id or secret has no spaces; check what was entered.</source>
        <translation>アクセスキー ID とシークレットには空白が含まれません。入力内容を確認してください。</translation>
    </message>
    <message>
        <source>Account %1 saved; its secret is in the keychain.</source>
        <translation>アカウント %1 を保存しました。シークレットはキーチェーンにあります。</translation>
    </message>
    <message>
        <source>No accounts are stored. Add one with: casebook account add NAME</source>
        <translation>保存されたアカウントはありません。次のコマンドで追加します: casebook account add NAME</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>REGION</source>
        <translation>リージョン</translation>
    </message>
    <message>
        <source>PARTITION</source>
        <translation>パーティション</translation>
    </message>
    <message>
        <source>DEFAULT</source>
        <translation>デフォルト</translation>
    </message>
    <message>
        <source>SECRET</source>
        <translation>シークレット</translation>
    </message>
    <message>
        <source>There is no stored account named &apos;%1&apos;.</source>
        <translation>「%1」という名前の保存済みアカウントはありません。</translation>
    </message>
    <message>
        <source>Account %1 removed.</source>
        <translation>アカウント %1 を削除しました。</translation>
    </message>
    <message>
        <source>Account %1 is now the default.</source>
        <translation>アカウント %1 をデフォルトにしました。</translation>
    </message>
    <message>
        <source>An account named &apos;%1&apos; is already stored. To replace its keys, add --replace; its region and endpoint stay unless given anew.</source>
        <translation>「%1」という名前のアカウントはすでに保存されています。キーを置き換えるには --replace を付けてください。リージョンとエンドポイントは、改めて指定しない限りそのまま残ります。</translation>
    </message>
    <message>
        <source>Account %1 replaced; its new secret is in the keychain.</source>
        <translation>アカウント %1 を置き換えました。新しいシークレットはキーチェーンにあります。</translation>
    </message>
    <message>
        <source>No keychain is available, so the account cannot be stored. Start a Secret Service (such as gnome-keyring-daemon or KWallet) on the D-Bus session and try again, or give the keys another way: a profile in ~/.aws/credentials (--profile) or AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY.</source>
        <translation>キーチェーンを利用できないため、アカウントを保存できません。D-Bus セッション上で Secret Service (gnome-keyring-daemon や KWallet など) を起動してもう一度お試しいただくか、別の方法でキーを指定してください: ~/.aws/credentials のプロファイル (--profile)、または AWS_ACCESS_KEY_ID と AWS_SECRET_ACCESS_KEY。</translation>
    </message>
</context>
<context>
    <name>AccountConnection</name>
    <message>
        <source>Reading credentials of account %1 from the keychain…</source>
        <translation>アカウント %1 の認証情報をキーチェーンから読み込んでいます…</translation>
    </message>
    <message>
        <source>%1 · %2 · credentials: %3</source>
        <translation>%1 · %2 · 認証情報: %3</translation>
    </message>
    <message>
        <source>Casebook has stored accounts (%1), but none is the default. Choose one with --account NAME, or make one the default: casebook account default NAME.</source>
        <translation>Casebook には保存済みのアカウント (%1) がありますが、デフォルトのアカウントがありません。--account NAME で選択するか、casebook account default NAME でデフォルトに設定してください。</translation>
    </message>
</context>
<context>
    <name>AccountStore</name>
    <message>
        <source>The name &apos;default&apos; is reserved; choose another name.</source>
        <translation>「default」という名前は予約されています。別の名前を選んでください。</translation>
    </message>
    <message>
        <source>An account name has 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;@&apos; or &apos;-&apos;, and begins with a letter or digit.</source>
        <translation>アカウント名は 1～64 文字の英字、数字、「.」「_」「@」「-」で構成し、英字または数字で始めます。</translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <source>in keychain</source>
        <translation>キーチェーン内</translation>
    </message>
    <message>
        <source>missing: enter it again</source>
        <translation>なし: もう一度入力してください</translation>
    </message>
    <message>
        <source>no keychain available</source>
        <translation>キーチェーンを利用できません</translation>
    </message>
    <message>
        <source>keyring locked or access denied</source>
        <translation>キーリングがロックされているか、アクセスが拒否されました</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>読み取り不可</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>リージョン</translation>
    </message>
    <message>
        <source>Partition</source>
        <translation>パーティション</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>デフォルト</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>シークレット</translation>
    </message>
    <message>
        <source>Account %1 removed.</source>
        <translation>アカウント %1 を削除しました。</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>追加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>削除(&amp;R)</translation>
    </message>
    <message>
        <source>Set as &amp;Default</source>
        <translation>デフォルトに設定(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>接続をテスト(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Use</source>
        <translation>使用(&amp;U)</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <source>the partition&apos;s Support endpoint</source>
        <translation>パーティションの Support エンドポイント</translation>
    </message>
    <message>
        <source>optional; kept for this session only</source>
        <translation>省略可。このセッションの間だけ保持します</translation>
    </message>
    <message>
        <source>Keep for this session only (nothing is written to disk)</source>
        <translation>このセッションの間だけ保持する (ディスクには何も書き込みません)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>リージョン(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Endpoint URL:</source>
        <translation>エンドポイント URL(&amp;E):</translation>
    </message>
    <message>
        <source>Access &amp;key ID:</source>
        <translation>アクセスキー ID(&amp;K):</translation>
    </message>
    <message>
        <source>Se&amp;cret access key:</source>
        <translation>シークレットアクセスキー(&amp;C):</translation>
    </message>
    <message>
        <source>Session &amp;token:</source>
        <translation>セッショントークン(&amp;T):</translation>
    </message>
    <message>
        <source>default</source>
        <translation>デフォルト</translation>
    </message>
    <message>
        <source>this session only</source>
        <translation>このセッションのみ</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>確認中…</translation>
    </message>
    <message>
        <source>leave empty to keep the stored secret</source>
        <translation>保存済みのシークレットを使う場合は空のままにします</translation>
    </message>
    <message>
        <source>Not an http or https URL: %1</source>
        <translation>http または https の URL ではありません: %1</translation>
    </message>
    <message>
        <source>Account %1 updated.</source>
        <translation>アカウント %1 を更新しました。</translation>
    </message>
    <message>
        <source>Enter both the access key ID and the secret access key.</source>
        <translation>アクセスキー ID とシークレットアクセスキーの両方を入力してください。</translation>
    </message>
    <message>
        <source>Saving account %1…</source>
        <translation>アカウント %1 を保存しています…</translation>
    </message>
    <message>
        <source>Account %1 is kept for this session only.</source>
        <translation>アカウント %1 はこのセッションの間だけ保持されます。</translation>
    </message>
    <message>
        <source>Account %1 saved; its secret is in the keychain.</source>
        <translation>アカウント %1 を保存しました。シークレットはキーチェーンにあります。</translation>
    </message>
    <message>
        <source>Account %1 is now the default.</source>
        <translation>アカウント %1 をデフォルトにしました。</translation>
    </message>
    <message>
        <source>Reading the secret of account %1…</source>
        <translation>アカウント %1 のシークレットを読み込んでいます…</translation>
    </message>
    <message>
        <source>Testing account %1…</source>
        <translation>アカウント %1 をテストしています…</translation>
    </message>
    <message numerus="yes">
        <source>Account %1 works: the service answered with %n case(s).</source>
        <translation>
            <numerusform>アカウント %1 は正常です: サービスから %n 件のケースが返されました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Account %1 could not connect: %2</source>
        <translation>アカウント %1 は接続できませんでした: %2</translation>
    </message>
</context>
<context>
    <name>ArchiveSearchDialog</name>
    <message>
        <source>Search All Cases</source>
        <translation>すべてのケースを検索</translation>
    </message>
    <message>
        <source>Words, &quot;a phrase&quot; or the start of a word*</source>
        <translation>単語、&quot;フレーズ&quot;、または単語の先頭*</translation>
    </message>
    <message>
        <source>Search text</source>
        <translation>検索テキスト</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>ケース</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>テキスト</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>検索結果</translation>
    </message>
    <message>
        <source>Case status</source>
        <translation>ケースのステータス</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>すべてのステータス</translation>
    </message>
    <message>
        <source>Written by</source>
        <translation>作成者</translation>
    </message>
    <message>
        <source>Written by anyone</source>
        <translation>すべての作成者</translation>
    </message>
    <message>
        <source>Written by AWS</source>
        <translation>AWS が作成</translation>
    </message>
    <message>
        <source>Written by my side</source>
        <translation>自分の側が作成</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>終了日</translation>
    </message>
    <message>
        <source>There is no local archive to search.</source>
        <translation>検索するローカルアーカイブがありません。</translation>
    </message>
    <message>
        <source>No archived message or subject matches.</source>
        <translation>一致するアーカイブ済みのメッセージや件名はありません。</translation>
    </message>
    <message>
        <source>The newest %1 matches; add words to narrow the search.</source>
        <translation>新しい順に %1 件の一致を表示しています。検索を絞り込むには単語を追加してください。</translation>
    </message>
    <message>
        <source>Matches: %1</source>
        <translation>一致: %1 件</translation>
    </message>
    <message>
        <source>From</source>
        <comment>the sender</comment>
        <translation>送信者</translation>
    </message>
    <message>
        <source>From</source>
        <comment>the first day</comment>
        <translation>開始日</translation>
    </message>
</context>
<context>
    <name>ArchiveStore</name>
    <message>
        <source>The damaged archive %1 could not be moved aside.</source>
        <translation>破損したアーカイブ %1 を別の場所に移動できませんでした。</translation>
    </message>
    <message>
        <source>The archive %1 was written by a newer Casebook (schema %2; this version reads up to %3).</source>
        <translation>アーカイブ %1 は新しいバージョンの Casebook で書き込まれています (スキーマ %2。このバージョンが読み取れるのは %3 までです)。</translation>
    </message>
    <message>
        <source>The folder for the archive %1 cannot be created.</source>
        <translation>アーカイブ %1 のフォルダーを作成できません。</translation>
    </message>
    <message>
        <source>Type a word to search for; punctuation alone finds nothing.</source>
        <translation>検索する単語を入力してください。句読点だけでは何も見つかりません。</translation>
    </message>
    <message>
        <source>The search could not be run: %1</source>
        <translation>検索を実行できませんでした: %1</translation>
    </message>
</context>
<context>
    <name>ArchiveSync</name>
    <message>
        <source>The archive could not be written: %1</source>
        <translation>アーカイブに書き込めませんでした: %1</translation>
    </message>
</context>
<context>
    <name>ArchiveSyncAction</name>
    <message>
        <source>%v of %m cases</source>
        <translation>%v / %m 件のケース</translation>
    </message>
    <message>
        <source>Archive sync</source>
        <translation>アーカイブの同期</translation>
    </message>
    <message>
        <source>Listing cases to archive…</source>
        <translation>アーカイブするケースを一覧表示しています…</translation>
    </message>
    <message>
        <source>Archiving case %1 of %2…</source>
        <translation>ケース %1 / %2 をアーカイブしています…</translation>
    </message>
    <message>
        <source>Archive synced: %1 cases, %2 new, %3 new messages.</source>
        <translation>アーカイブを同期しました: ケース %1 件 (新規 %2 件)、新しいメッセージ %3 件。</translation>
    </message>
    <message>
        <source>Archive sync stopped; %1 new messages were kept.</source>
        <translation>アーカイブの同期を停止しました。新しいメッセージ %1 件は保存済みです。</translation>
    </message>
    <message>
        <source>Archive sync failed: %1</source>
        <translation>アーカイブの同期に失敗しました: %1</translation>
    </message>
    <message>
        <source>Stop Archive &amp;Sync</source>
        <translation>アーカイブの同期を停止(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Sync Archive</source>
        <translation>アーカイブを同期(&amp;S)</translation>
    </message>
    <message>
        <source>Stop copying cases into the local archive</source>
        <translation>ローカルアーカイブへのケースのコピーを停止</translation>
    </message>
    <message>
        <source>Copy every case and its messages into the local archive</source>
        <translation>すべてのケースとそのメッセージをローカルアーカイブにコピー</translation>
    </message>
</context>
<context>
    <name>AssumeRoleCredentialsProvider</name>
    <message>
        <source>The role %1 has no source credentials to be assumed with.</source>
        <translation>ロール %1 を引き受けるためのソース認証情報がありません。</translation>
    </message>
    <message>
        <source>the source was closed</source>
        <translation>ソースが閉じられました</translation>
    </message>
    <message>
        <source>The source credentials for the role %1 could not be obtained: %2</source>
        <translation>ロール %1 のソース認証情報を取得できませんでした: %2</translation>
    </message>
    <message>
        <source>assume role %1</source>
        <translation>ロール %1 の引き受け</translation>
    </message>
    <message>
        <source>profile %1 (assume role %2)</source>
        <translation>プロファイル %1 (ロール %2 の引き受け)</translation>
    </message>
</context>
<context>
    <name>AttachmentActions</name>
    <message>
        <source>No free file name was found in the folder.</source>
        <translation>フォルダー内に使用できるファイル名が見つかりませんでした。</translation>
    </message>
    <message>
        <source>Save All &amp;Attachments of This Case…</source>
        <translation>このケースのすべての添付ファイルを保存(&amp;A)…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Stop saving attachments</source>
        <translation>添付ファイルの保存を中止</translation>
    </message>
    <message>
        <source>Save Attachment</source>
        <translation>添付ファイルを保存</translation>
    </message>
    <message>
        <source>Attachments are already being saved.</source>
        <translation>添付ファイルはすでに保存中です。</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>開く(&amp;O)</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>名前を付けて保存(&amp;A)…</translation>
    </message>
    <message>
        <source>Save A&amp;ll Attachments…</source>
        <translation>すべての添付ファイルを保存(&amp;L)…</translation>
    </message>
    <message>
        <source>Downloading “%1”…</source>
        <translation>「%1」をダウンロードしています…</translation>
    </message>
    <message>
        <source>No private temporary folder could be created.</source>
        <translation>専用の一時フォルダーを作成できませんでした。</translation>
    </message>
    <message>
        <source>No application is set up to open “%1”.</source>
        <translation>「%1」を開くアプリケーションが設定されていません。</translation>
    </message>
    <message>
        <source>Opened “%1”.</source>
        <translation>「%1」を開きました。</translation>
    </message>
    <message>
        <source>Open Attachment</source>
        <translation>添付ファイルを開く</translation>
    </message>
    <message>
        <source>“%1” is a program, script or shortcut, so Casebook does not open it.</source>
        <translation>「%1」はプログラム、スクリプト、またはショートカットのため、Casebook では開きません。</translation>
    </message>
    <message>
        <source>Opening it could run it on this computer. You can save it instead and look at it with a tool you trust.</source>
        <translation>開くとこのコンピューター上で実行されるおそれがあります。代わりに保存して、信頼できるツールで確認してください。</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>名前を付けて保存…</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>「%1」を保存しました。</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>「%1」: %2</translation>
    </message>
    <message>
        <source>Attachment Not Downloaded</source>
        <translation>添付ファイルはダウンロードされませんでした</translation>
    </message>
    <message>
        <source>“%1” could not be downloaded.</source>
        <translation>「%1」をダウンロードできませんでした。</translation>
    </message>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation>「%1」を書き込めませんでした: %2</translation>
    </message>
    <message>
        <source>File Not Written</source>
        <translation>ファイルは書き込まれませんでした</translation>
    </message>
    <message>
        <source>“%1” could not be written.</source>
        <translation>「%1」を書き込めませんでした。</translation>
    </message>
    <message>
        <source>The attachments of this case could not be listed: %1</source>
        <translation>このケースの添付ファイルを一覧表示できませんでした: %1</translation>
    </message>
    <message>
        <source>Saving attachments cancelled.</source>
        <translation>添付ファイルの保存をキャンセルしました。</translation>
    </message>
    <message>
        <source>There are no attachments to save.</source>
        <translation>保存する添付ファイルはありません。</translation>
    </message>
    <message>
        <source>Attachments saved to %1: %2.</source>
        <translation>%1 に保存した添付ファイル: %2 件。</translation>
    </message>
    <message>
        <source>No longer available: %1.</source>
        <translation>利用できなくなったもの: %1 件。</translation>
    </message>
    <message>
        <source>Not saved: %1.</source>
        <translation>保存されなかったもの: %1 件。</translation>
    </message>
    <message>
        <source>The attachments of this case could not be listed.</source>
        <translation>このケースの添付ファイルを一覧表示できませんでした。</translation>
    </message>
    <message>
        <source>Attachments that could not be saved: %1.</source>
        <translation>保存できなかった添付ファイル: %1。</translation>
    </message>
    <message>
        <source>Attachments Not Saved</source>
        <translation>添付ファイルは保存されませんでした</translation>
    </message>
    <message>
        <source>Listing attachments…</source>
        <translation>添付ファイルを一覧表示しています…</translation>
    </message>
    <message>
        <source>Saving attachments: %v of %m</source>
        <translation>添付ファイルを保存しています: %v / %m</translation>
    </message>
    <message>
        <source>Save Attachments To</source>
        <translation>添付ファイルの保存先</translation>
    </message>
</context>
<context>
    <name>AttachmentReply</name>
    <message>
        <source>The reply has no attachment object.</source>
        <translation>応答に添付ファイルオブジェクトがありません。</translation>
    </message>
</context>
<context>
    <name>AttachmentSaver</name>
    <message>
        <source>the folder %1 cannot be created</source>
        <translation>フォルダー %1 を作成できません</translation>
    </message>
    <message>
        <source>%1 was not saved: %2</source>
        <translation>%1 は保存されませんでした: %2</translation>
    </message>
    <message>
        <source>it could not be written to %1</source>
        <translation>%1 に書き込めませんでした</translation>
    </message>
</context>
<context>
    <name>CaseBadge</name>
    <message>
        <source>The case is open.</source>
        <translation>ケースはオープンです。</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>未割り当て</translation>
    </message>
    <message>
        <source>No AWS engineer has picked up the case yet.</source>
        <translation>まだ AWS のエンジニアがケースを担当していません。</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>作業中</translation>
    </message>
    <message>
        <source>AWS is working on the case.</source>
        <translation>AWS がケースに対応しています。</translation>
    </message>
    <message>
        <source>Needs your reply</source>
        <translation>お客様の返信待ち</translation>
    </message>
    <message>
        <source>AWS is waiting for an answer from you.</source>
        <translation>AWS はお客様からの回答を待っています。</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>返信済み</translation>
    </message>
    <message>
        <source>You answered; AWS has not replied yet.</source>
        <translation>お客様が返信しました。AWS からの返信はまだありません。</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>再オープン</translation>
    </message>
    <message>
        <source>The case was reopened.</source>
        <translation>ケースが再オープンされました。</translation>
    </message>
    <message>
        <source>The case is resolved.</source>
        <translation>ケースは解決済みです。</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>General guidance</source>
        <translation>一般的なガイダンス</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>標準</translation>
    </message>
    <message>
        <source>System impaired</source>
        <translation>システム障害</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Production system impaired</source>
        <translation>本番システム障害</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>緊急</translation>
    </message>
    <message>
        <source>Production system down</source>
        <translation>本番システムダウン</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>重大</translation>
    </message>
    <message>
        <source>Business-critical system down</source>
        <translation>ビジネスクリティカルなシステムダウン</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>case status</comment>
        <translation>オープン</translation>
    </message>
    <message>
        <source>Resolved</source>
        <comment>case status</comment>
        <translation>解決済み</translation>
    </message>
</context>
<context>
    <name>CaseExportJob</name>
    <message>
        <source>%1 already exists; add --force to replace it.</source>
        <translation>%1 はすでに存在します。置き換えるには --force を付けてください。</translation>
    </message>
</context>
<context>
    <name>CaseFilterBar</name>
    <message>
        <source>Filter cases, or type a case number and press Enter</source>
        <translation>絞り込み、またはケース番号を入力して Enter</translation>
    </message>
    <message>
        <source>Filter cases or go to a case</source>
        <translation>ケースの絞り込み、またはケースへ移動</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>ステータス(&amp;S)</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>case status</comment>
        <translation>オープン</translation>
    </message>
    <message>
        <source>Resolved</source>
        <comment>case status</comment>
        <translation>解決済み</translation>
    </message>
    <message>
        <source>All</source>
        <comment>case status: open and resolved</comment>
        <translation>すべて</translation>
    </message>
    <message>
        <source>Created</source>
        <comment>when the case was opened</comment>
        <translation>作成日</translation>
    </message>
    <message>
        <source>Case filters</source>
        <translation>ケースのフィルター</translation>
    </message>
</context>
<context>
    <name>CaseHeader</name>
    <message>
        <source>Case details</source>
        <translation>ケースの詳細</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>ケース %1</translation>
    </message>
    <message>
        <source>opened %1 %2</source>
        <comment>long date, then time</comment>
        <translation>%1 %2 に作成</translation>
    </message>
    <message>
        <source>Case id: %1
Service: %2
Submitted by: %3</source>
        <translation>ケース ID: %1
サービス: %2
送信者: %3</translation>
    </message>
</context>
<context>
    <name>CaseListDelegate</name>
    <message>
        <source>Case %1</source>
        <translation>ケース %1</translation>
    </message>
    <message>
        <source>attachments</source>
        <translation>添付ファイル</translation>
    </message>
    <message>
        <source>archived only</source>
        <translation>アーカイブのみ</translation>
    </message>
</context>
<context>
    <name>CaseListModel</name>
    <message>
        <source>Case %1: %2</source>
        <translation>ケース %1: %2</translation>
    </message>
    <message>
        <source>Case %1: %2. Status %3, severity %4.</source>
        <translation>ケース %1: %2。ステータス %3、重要度 %4。</translation>
    </message>
</context>
<context>
    <name>CaseListView</name>
    <message>
        <source>Support cases</source>
        <translation>サポートケース</translation>
    </message>
    <message>
        <source>Loading cases…</source>
        <translation>ケースを読み込んでいます…</translation>
    </message>
    <message>
        <source>The case list could not be loaded.</source>
        <translation>ケースの一覧を読み込めませんでした。</translation>
    </message>
    <message>
        <source>No resolved cases.</source>
        <translation>解決済みのケースはありません。</translation>
    </message>
    <message>
        <source>No cases match the filters.</source>
        <translation>フィルターに一致するケースはありません。</translation>
    </message>
    <message>
        <source>This account has no support cases.</source>
        <translation>このアカウントにはサポートケースがありません。</translation>
    </message>
    <message>
        <source>Copy Case &amp;ID</source>
        <translation>ケース ID をコピー(&amp;I)</translation>
    </message>
    <message>
        <source>Copy Case &amp;Number</source>
        <translation>ケース番号をコピー(&amp;N)</translation>
    </message>
    <message>
        <source>Open in AWS &amp;Console</source>
        <translation>AWS コンソールで開く(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <comment>export a case&apos;s conversation</comment>
        <translation>エクスポート(&amp;E)…</translation>
    </message>
    <message>
        <source>No open cases.
Choose “All” under Status to see resolved ones.</source>
        <translation>オープンのケースはありません。
解決済みのケースを表示するには、ステータスで「すべて」を選択してください。</translation>
    </message>
</context>
<context>
    <name>ClockSkew</name>
    <message>
        <source>%1 d</source>
        <translation>%1 日</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 時間</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Use the built-in sandbox with sample cases.</source>
        <translation>サンプルケースを含む組み込みサンドボックスを使用します。</translation>
    </message>
    <message>
        <source>Use this profile from the AWS shared files.</source>
        <translation>AWS 共有ファイルのこのプロファイルを使用します。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>AWS region.</source>
        <translation>AWS リージョン。</translation>
    </message>
    <message>
        <source>region</source>
        <translation>リージョン</translation>
    </message>
    <message>
        <source>Send requests to this URL instead of AWS.</source>
        <translation>AWS の代わりにこの URL にリクエストを送信します。</translation>
    </message>
    <message>
        <source>url</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>The case to open or export.</source>
        <translation>開くまたはエクスポートするケース。</translation>
    </message>
    <message>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>List resolved cases too.</source>
        <translation>解決済みのケースも一覧表示します。</translation>
    </message>
    <message>
        <source>Only what was created at or after this time (ISO 8601).</source>
        <translation>この時刻以降に作成されたもののみ (ISO 8601)。</translation>
    </message>
    <message>
        <source>time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>Only what was created before this time (ISO 8601).</source>
        <translation>この時刻より前に作成されたもののみ (ISO 8601)。</translation>
    </message>
    <message>
        <source>Output format: json or txt for cases; json, md, html, txt, pdf or mbox for export.</source>
        <translation>出力形式: cases では json または txt、export では json、md、html、txt、pdf、mbox。</translation>
    </message>
    <message>
        <source>format</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>File to write, or - for standard output.</source>
        <translation>書き込むファイル。標準出力には - を指定します。</translation>
    </message>
    <message>
        <source>path</source>
        <translation>パス</translation>
    </message>
    <message>
        <source>Export: also save the attachments, in a folder beside the file, and link them.</source>
        <translation>エクスポート: 添付ファイルもファイルの横のフォルダーに保存し、リンクします。</translation>
    </message>
    <message>
        <source>Log debug messages of every casebook.* category.</source>
        <translation>すべての casebook.* カテゴリのデバッグメッセージをログに記録します。</translation>
    </message>
    <message>
        <source>Also write the log to a file; without a path, to casebook.log in the cache folder.</source>
        <translation>ログをファイルにも書き込みます。パスを省略するとキャッシュフォルダーの casebook.log に書き込みます。</translation>
    </message>
    <message>
        <source>Folder for --all-cases; created when missing.</source>
        <translation>--all-cases の出力先フォルダー。存在しない場合は作成されます。</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>フォルダー</translation>
    </message>
    <message>
        <source>Show a thread exported as JSON, or saved from aws support describe-communications, without connecting.</source>
        <translation>JSON でエクスポートされた、または aws support describe-communications で保存されたスレッドを、接続せずに表示します。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Use this account stored by Casebook (see: casebook account).</source>
        <translation>Casebook に保存されたこのアカウントを使用します (casebook account を参照)。</translation>
    </message>
    <message>
        <source>account add: make the account the default one.</source>
        <translation>account add: アカウントをデフォルトにします。</translation>
    </message>
    <message>
        <source>--account and --profile both name credentials; choose one.</source>
        <translation>--account と --profile はどちらも認証情報を指定します。どちらか一方にしてください。</translation>
    </message>
    <message>
        <source>Not an http or https URL: %1</source>
        <translation>http または https の URL ではありません: %1</translation>
    </message>
    <message>
        <source>Not a date or ISO 8601 time: %1</source>
        <translation>日付または ISO 8601 形式の時刻ではありません: %1</translation>
    </message>
    <message>
        <source>--after must be earlier than --before.</source>
        <translation>--after は --before より前にしてください。</translation>
    </message>
    <message>
        <source>cases lists every case; to read one, use: casebook export --case-id ID</source>
        <translation>cases はすべてのケースを一覧表示します。1 件を読むには casebook export --case-id ID を使用します</translation>
    </message>
    <message>
        <source>Cases can be listed as json or txt, not %1.</source>
        <translation>ケースの一覧は json または txt で出力できます。%1 は使用できません。</translation>
    </message>
    <message>
        <source>--all-cases exports every case; leave out --case-id.</source>
        <translation>--all-cases はすべてのケースをエクスポートします。--case-id は指定しないでください。</translation>
    </message>
    <message>
        <source>--all-cases writes one file per case: use --output-dir, not --output.</source>
        <translation>--all-cases はケースごとに 1 ファイルを書き込みます。--output ではなく --output-dir を使用してください。</translation>
    </message>
    <message>
        <source>--all-cases needs --output-dir FOLDER.</source>
        <translation>--all-cases には --output-dir FOLDER が必要です。</translation>
    </message>
    <message>
        <source>Unknown format %1; use one of: %2.</source>
        <translation>不明な形式 %1 です。次のいずれかを使用してください: %2。</translation>
    </message>
    <message>
        <source>--output-dir belongs to --all-cases; for one case use --output.</source>
        <translation>--output-dir は --all-cases 用です。1 件のケースには --output を使用してください。</translation>
    </message>
    <message>
        <source>--include-resolved belongs to cases, not export.</source>
        <translation>--include-resolved は export ではなく cases のオプションです。</translation>
    </message>
    <message>
        <source>export needs --case-id.</source>
        <translation>export には --case-id が必要です。</translation>
    </message>
    <message>
        <source>Cases can be exported as %1, not %2.</source>
        <translation>ケースは %1 でエクスポートできます。%2 は使用できません。</translation>
    </message>
    <message>
        <source>--attachments saves files beside the export, so it needs --output PATH.</source>
        <translation>--attachments はエクスポートの横にファイルを保存するため、--output PATH が必要です。</translation>
    </message>
    <message>
        <source>Use: casebook account add|list|remove|default [NAME]</source>
        <translation>使い方: casebook account add|list|remove|default [NAME]</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>予期しない引数: %1</translation>
    </message>
    <message>
        <source>casebook account %1 needs the account&apos;s name.</source>
        <translation>casebook account %1 にはアカウント名が必要です。</translation>
    </message>
    <message>
        <source>--default belongs to account add.</source>
        <translation>--default は account add のオプションです。</translation>
    </message>
    <message>
        <source>Show Casebook in this language and format dates and numbers for it: de, ja, en or a locale name such as de_CH; overrides the preference.</source>
        <translation>Casebook をこの言語で表示し、日付と数値をその形式で表示します: de、ja、en、または de_CH などのロケール名。設定より優先されます。</translation>
    </message>
    <message>
        <source>code</source>
        <translation>コード</translation>
    </message>
    <message>
        <source>Not a language or locale name: %1</source>
        <translation>言語名またはロケール名ではありません: %1</translation>
    </message>
    <message>
        <source>See: casebook --help</source>
        <translation>参照: casebook --help</translation>
    </message>
    <message>
        <source>export: every case created in the time range, one file each; sync: also ask again for resolved cases already archived.</source>
        <translation>export: 期間内に作成されたすべてのケースを 1 件ずつ別のファイルに。sync: アーカイブ済みの解決済みケースも再度問い合わせます。</translation>
    </message>
    <message>
        <source>account add: replace the keys of an account already stored, keeping its region and endpoint unless given.</source>
        <translation>account add: 保存済みのアカウントのキーを置き換えます。リージョンとエンドポイントは、指定しない限りそのまま残ります。</translation>
    </message>
    <message>
        <source>Not an AWS region: %1. Regions look like us-east-1, eu-west-2, us-gov-west-1 or cn-north-1.</source>
        <translation>AWS リージョンではありません: %1。リージョンは us-east-1、eu-west-2、us-gov-west-1、cn-north-1 のような形式です。</translation>
    </message>
    <message>
        <source>--replace belongs to account add.</source>
        <translation>--replace は account add のオプションです。</translation>
    </message>
    <message>
        <source>sync archives every case; it takes no --case-id, --format or --output.</source>
        <translation>sync はすべてのケースをアーカイブします。--case-id、--format、--output は指定できません。</translation>
    </message>
    <message>
        <source>sync always includes resolved cases; --all-cases also re-checks archived ones.</source>
        <translation>sync は解決済みのケースを常に含めます。--all-cases を付けるとアーカイブ済みのケースも再確認します。</translation>
    </message>
    <message>
        <source>Casebook reads AWS Support cases.

  casebook [options]              open the window
  casebook cases [options]        list cases
  casebook export [options]       write a case&apos;s correspondence to a file
  casebook account add NAME       store an account; reads the access key id and
                                  the secret from standard input (two lines)
  casebook account list|remove NAME|default NAME
  casebook sync [options]         copy every case into the local archive</source>
        <translation>Casebook は AWS サポートケースを読むためのアプリです。

  casebook [オプション]             ウィンドウを開く
  casebook cases [オプション]       ケースを一覧表示する
  casebook export [オプション]      ケースのやり取りをファイルに書き出す
  casebook account add NAME         アカウントを保存する。アクセスキー ID と
                                    シークレットを標準入力から読み取る (2 行)
  casebook account list|remove NAME|default NAME
  casebook sync [オプション]        すべてのケースをローカルアーカイブにコピーする</translation>
    </message>
    <message>
        <source>Replace files that already exist.</source>
        <translation>既存のファイルを置き換えます。</translation>
    </message>
    <message>
        <source>--attachments belongs to export, not cases.</source>
        <translation>--attachments は cases ではなく export のオプションです。</translation>
    </message>
</context>
<context>
    <name>CommunicationModel</name>
    <message>
        <source>From %1, %2: %3</source>
        <translation>%1 から、%2: %3</translation>
    </message>
</context>
<context>
    <name>ConversationDelegate</name>
    <message>
        <source>Amazon Web Services</source>
        <translation>Amazon Web Services</translation>
    </message>
    <message>
        <source>Unknown sender</source>
        <translation>不明な送信者</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>たった今</translation>
    </message>
    <message numerus="yes">
        <source>%n minute ago</source>
        <translation>
            <numerusform>%n 分前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minutes ago</source>
        <translation>
            <numerusform>%n 分前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour ago</source>
        <translation>
            <numerusform>%n 時間前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hours ago</source>
        <translation>
            <numerusform>%n 時間前</numerusform>
        </translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>昨日</translation>
    </message>
    <message numerus="yes">
        <source>%n day ago</source>
        <translation>
            <numerusform>%n 日前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>%n 日前</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown time</source>
        <translation>不明な時刻</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>date, then time</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>time, then how long ago</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Unknown day</source>
        <translation>不明な日付</translation>
    </message>
    <message>
        <source>From %1, %2: %3</source>
        <translation>%1 から、%2: %3</translation>
    </message>
    <message>
        <source>From: %1
Date: %2
</source>
        <translation>送信者: %1
日時: %2
</translation>
    </message>
    <message>
        <source>Attachment: %1
</source>
        <translation>添付ファイル: %1
</translation>
    </message>
    <message>
        <source>AWS</source>
        <comment>avatar of AWS engineers</comment>
        <translation>AWS</translation>
    </message>
    <message numerus="yes">
        <source>Show more (%n more line)</source>
        <translation>
            <numerusform>さらに表示 (残り %n 行)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show more (%n more lines)</source>
        <translation>
            <numerusform>さらに表示 (残り %n 行)</numerusform>
        </translation>
    </message>
    <message>
        <source>Show less</source>
        <translation>表示を減らす</translation>
    </message>
    <message>
        <source>%1 — downloading…</source>
        <translation>%1 — ダウンロード中…</translation>
    </message>
    <message>
        <source>%1 (unavailable)</source>
        <translation>%1 (利用不可)</translation>
    </message>
</context>
<context>
    <name>ConversationView</name>
    <message>
        <source>Conversation</source>
        <translation>やり取り</translation>
    </message>
    <message>
        <source>The messages of the selected case</source>
        <translation>選択したケースのメッセージ</translation>
    </message>
    <message>
        <source>Load &amp;All Messages</source>
        <translation>すべてのメッセージを読み込む(&amp;A)</translation>
    </message>
    <message>
        <source>No messages to show.</source>
        <translation>表示するメッセージはありません。</translation>
    </message>
    <message>
        <source>Select a case to read its conversation.</source>
        <translation>ケースを選択すると、そのやり取りを読むことができます。</translation>
    </message>
    <message>
        <source>Loading messages…</source>
        <translation>メッセージを読み込んでいます…</translation>
    </message>
    <message>
        <source>The messages of this case could not be loaded.</source>
        <translation>このケースのメッセージを読み込めませんでした。</translation>
    </message>
    <message>
        <source>No messages in this case.</source>
        <translation>このケースにはメッセージがありません。</translation>
    </message>
    <message>
        <source>Loading more messages… %1 loaded</source>
        <translation>さらにメッセージを読み込んでいます… %1 件読み込み済み</translation>
    </message>
    <message>
        <source>%1 of many</source>
        <translation>%1 件 (続きあり)</translation>
    </message>
    <message numerus="yes">
        <source>%n message</source>
        <translation>
            <numerusform>%n 件のメッセージ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n messages</source>
        <translation>
            <numerusform>%n 件のメッセージ</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
    <message>
        <source>Copy &amp;Message</source>
        <translation>メッセージをコピー(&amp;M)</translation>
    </message>
    <message>
        <source>Copy &amp;Link</source>
        <translation>リンクをコピー(&amp;L)</translation>
    </message>
    <message>
        <source>Copy &amp;Thread</source>
        <translation>スレッドをコピー(&amp;T)</translation>
    </message>
    <message>
        <source>%1 · Load all</source>
        <translation>%1 · すべて読み込む</translation>
    </message>
</context>
<context>
    <name>CredentialsChain</name>
    <message>
        <source>profile %1 (credential_process)</source>
        <translation>プロファイル %1 (credential_process)</translation>
    </message>
</context>
<context>
    <name>CredentialsResolver</name>
    <message>
        <source>%1:%2: profile &apos;%3&apos; is defined again here; this section replaces the earlier one, as in the AWS CLI</source>
        <translation>%1:%2: プロファイル「%3」がここで再定義されています。AWS CLI と同様に、このセクションが前のものを置き換えます</translation>
    </message>
    <message>
        <source>%1:%2: section [%3] ignored: in the config file a profile is written [profile name] (or [default])</source>
        <translation>%1:%2: セクション [%3] を無視しました: config ファイルではプロファイルを [profile name] (または [default]) と書きます</translation>
    </message>
    <message>
        <source>%1, line %2, cannot be read: %3. The AWS CLI refuses this file too.</source>
        <translation>%1 の %2 行目を読み取れません: %3。AWS CLI もこのファイルを受け付けません。</translation>
    </message>
    <message>
        <source>profile %1</source>
        <translation>プロファイル %1</translation>
    </message>
    <message>
        <source>The profile &apos;%1&apos; gets its credentials from a web identity token (web_identity_token_file), which Casebook cannot use. Use a profile with an access key, credential_process or role_arn with source_profile.</source>
        <translation>プロファイル「%1」は Web ID トークン (web_identity_token_file) から認証情報を取得しますが、Casebook はこれを使用できません。アクセスキー、credential_process、または source_profile 付きの role_arn を持つプロファイルを使用してください。</translation>
    </message>
    <message>
        <source>The profile &apos;%1&apos; signs in through IAM Identity Center (%2), which Casebook cannot do yet. Run &apos;aws configure export-credentials --profile %1 --format process&apos; as the profile&apos;s credential_process, or use a profile with an access key.</source>
        <translation>プロファイル「%1」は IAM Identity Center (%2) でサインインしますが、Casebook はまだ対応していません。プロファイルの credential_process に &apos;aws configure export-credentials --profile %1 --format process&apos; を指定するか、アクセスキーを持つプロファイルを使用してください。</translation>
    </message>
    <message>
        <source>The profile &apos;%1&apos; names both source_profile and credential_source; keep one.</source>
        <translation>プロファイル「%1」に source_profile と credential_source の両方が指定されています。どちらか一方にしてください。</translation>
    </message>
    <message>
        <source>The profile &apos;%1&apos; takes its source credentials from credential_source, which only works on AWS compute; Casebook needs source_profile.</source>
        <translation>プロファイル「%1」は credential_source からソース認証情報を取得しますが、これは AWS のコンピューティング環境でのみ機能します。Casebook には source_profile が必要です。</translation>
    </message>
    <message>
        <source>The profile &apos;%1&apos; has role_arn but no source_profile to assume the role with.</source>
        <translation>プロファイル「%1」には role_arn がありますが、ロールを引き受けるための source_profile がありません。</translation>
    </message>
    <message>
        <source>The role of profile &apos;%1&apos; needs an MFA code (mfa_serial), which Casebook cannot ask for yet.</source>
        <translation>プロファイル「%1」のロールには MFA コード (mfa_serial) が必要ですが、Casebook はまだ入力を求めることができません。</translation>
    </message>
    <message>
        <source>%1: duration_seconds ignored: not a number of seconds: %2</source>
        <translation>%1: duration_seconds を無視しました: 秒数ではありません: %2</translation>
    </message>
    <message>
        <source>The source_profile &apos;%1&apos; named in profile &apos;%2&apos; does not exist.</source>
        <translation>プロファイル「%2」で指定された source_profile「%1」は存在しません。</translation>
    </message>
    <message>
        <source>The profiles %1 name each other as source_profile in a loop.</source>
        <translation>プロファイル %1 が source_profile として互いを循環参照しています。</translation>
    </message>
    <message>
        <source>The profile &apos;%1&apos; in %2 has aws_access_key_id but no aws_secret_access_key.</source>
        <translation>%2 のプロファイル「%1」には aws_access_key_id がありますが、aws_secret_access_key がありません。</translation>
    </message>
    <message>
        <source>profile %1 (credential_process)</source>
        <translation>プロファイル %1 (credential_process)</translation>
    </message>
    <message>
        <source>The source profile &apos;%1&apos; has no credentials: no access key, credential_process or role_arn.</source>
        <translation>ソースプロファイル「%1」には認証情報がありません (アクセスキー、credential_process、role_arn のいずれもありません)。</translation>
    </message>
    <message>
        <source>AWS_ACCESS_KEY_ID is set but AWS_SECRET_ACCESS_KEY is not.</source>
        <translation>AWS_ACCESS_KEY_ID は設定されていますが、AWS_SECRET_ACCESS_KEY が設定されていません。</translation>
    </message>
    <message>
        <source>AWS_SECRET_ACCESS_KEY is set but AWS_ACCESS_KEY_ID is not.</source>
        <translation>AWS_SECRET_ACCESS_KEY は設定されていますが、AWS_ACCESS_KEY_ID が設定されていません。</translation>
    </message>
    <message>
        <source>environment variables</source>
        <translation>環境変数</translation>
    </message>
    <message>
        <source>The profile &apos;%1&apos; was not found in %2 or %3.</source>
        <translation>プロファイル「%1」は %2 にも %3 にも見つかりませんでした。</translation>
    </message>
    <message>
        <source>The profile &apos;%1&apos; has no access key and secret.</source>
        <translation>プロファイル「%1」にはアクセスキーとシークレットがありません。</translation>
    </message>
    <message>
        <source>No AWS credentials were found. Set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or add a profile to %1.</source>
        <translation>AWS 認証情報が見つかりませんでした。AWS_ACCESS_KEY_ID と AWS_SECRET_ACCESS_KEY を設定するか、%1 にプロファイルを追加してください。</translation>
    </message>
    <message>
        <source>max_attempts ignored: not a positive number: %1</source>
        <translation>max_attempts を無視しました: 正の数ではありません: %1</translation>
    </message>
    <message>
        <source>The role is assumed at %1, not at the local endpoint %2; set AWS_ENDPOINT_URL_STS (or endpoint_url in the profile) to change that.</source>
        <translation>ロールはローカルエンドポイント %2 ではなく %1 で引き受けられます。変更するには AWS_ENDPOINT_URL_STS (またはプロファイルの endpoint_url) を設定してください。</translation>
    </message>
</context>
<context>
    <name>DateRange</name>
    <message>
        <source>From %1</source>
        <translation>%1 以降</translation>
    </message>
    <message>
        <source>Until %1</source>
        <translation>%1 まで</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>first day, last day</comment>
        <translation>%1～%2</translation>
    </message>
    <message>
        <source>No messages in this case.</source>
        <translation>このケースにはメッセージがありません。</translation>
    </message>
    <message>
        <source>No messages since %1.</source>
        <translation>%1 以降のメッセージはありません。</translation>
    </message>
    <message>
        <source>No messages until %1.</source>
        <translation>%1 までのメッセージはありません。</translation>
    </message>
    <message>
        <source>No messages on %1.</source>
        <translation>%1 のメッセージはありません。</translation>
    </message>
    <message>
        <source>No messages between %1 and %2.</source>
        <translation>%1 から %2 までのメッセージはありません。</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>全期間</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>過去 7 日間</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>過去 30 日間</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>過去 12 か月</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>カスタム…</translation>
    </message>
</context>
<context>
    <name>DateRangeBar</name>
    <message>
        <source>Any</source>
        <comment>an open end of a date range</comment>
        <translation>指定なし</translation>
    </message>
    <message>
        <source>Show all time</source>
        <translation>全期間を表示</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Date range</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>From day</source>
        <translation>開始日</translation>
    </message>
    <message>
        <source>To day</source>
        <translation>終了日</translation>
    </message>
    <message>
        <source>Message dates</source>
        <translation>メッセージの日付</translation>
    </message>
</context>
<context>
    <name>DiagnosticsDialog</name>
    <message>
        <source>none available</source>
        <translation>利用できるものはありません</translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation>診断</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <source>&amp;Retry</source>
        <translation>再試行(&amp;R)</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>エラーの詳細</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>詳細(&amp;D)</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Dismiss error</source>
        <translation>エラーを閉じる</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>JSON, as the Support API returns it</source>
        <translation>JSON (Support API の応答形式)</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>HTML page</source>
        <translation>HTML ページ</translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation>プレーンテキスト</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF ドキュメント</translation>
    </message>
    <message>
        <source>Mailbox (mbox)</source>
        <translation>メールボックス (mbox)</translation>
    </message>
    <message>
        <source>Export Cases</source>
        <translation>ケースのエクスポート</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>エクスポート(&amp;E)</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>ケース</translation>
    </message>
    <message>
        <source>&amp;This case</source>
        <translation>このケース(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Selected cases</source>
        <translation>選択したケース(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;All cases created in the date range</source>
        <translation>期間内に作成されたすべてのケース(&amp;A)</translation>
    </message>
    <message>
        <source>Every case the service lists for the date range, each with its messages in that range</source>
        <translation>サービスがこの期間について一覧表示するすべてのケースと、その期間内のメッセージ</translation>
    </message>
    <message>
        <source>Include &amp;resolved cases</source>
        <translation>解決済みのケースを含める(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>開始(&amp;F)</translation>
    </message>
    <message>
        <source>T&amp;o</source>
        <translation>終了(&amp;O)</translation>
    </message>
    <message>
        <source>Include &amp;attachments</source>
        <translation>添付ファイルを含める(&amp;A)</translation>
    </message>
    <message>
        <source>Fo&amp;rmat:</source>
        <translation>形式(&amp;R):</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>日付:</translation>
    </message>
    <message>
        <source>Re&amp;place existing files that differ from the export</source>
        <translation>エクスポートと異なる既存のファイルを置き換える(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>参照(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Selected cases (%1)</source>
        <translation>選択したケース (%1)(&amp;S)</translation>
    </message>
    <message>
        <source>PDF export is not available in this build.</source>
        <translation>このビルドでは PDF エクスポートを利用できません。</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation>ファイル(&amp;I):</translation>
    </message>
    <message>
        <source>Fo&amp;lder:</source>
        <translation>フォルダー(&amp;L):</translation>
    </message>
    <message>
        <source>Casebook export</source>
        <translation>Casebook エクスポート</translation>
    </message>
    <message>
        <source>Export To</source>
        <translation>エクスポート先</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>%1 ファイル (*.%2)</translation>
    </message>
    <message>
        <source>Export To Folder</source>
        <translation>フォルダーにエクスポート</translation>
    </message>
    <message>
        <source>Choose where to save the export.</source>
        <translation>エクスポートの保存先を選択してください。</translation>
    </message>
    <message>
        <source>Replace File</source>
        <translation>ファイルの置き換え</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 はすでに存在します。置き換えますか?</translation>
    </message>
    <message>
        <source>Replace Files</source>
        <translation>ファイルの置き換え</translation>
    </message>
    <message>
        <source>Files in %1 that differ from this export will be replaced. Go on?</source>
        <translation>%1 内のこのエクスポートと異なるファイルは置き換えられます。続行しますか?</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>キャンセル(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>閉じる(&amp;C)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>エクスポートしています…</translation>
    </message>
    <message>
        <source>Exporting… %1 of %2 cases</source>
        <translation>エクスポートしています… %1 / %2 件のケース</translation>
    </message>
    <message>
        <source>Written: %1 · Already complete: %2 · Failed: %3</source>
        <translation>書き込み: %1 · 完了済み: %2 · 失敗: %3</translation>
    </message>
    <message>
        <source> · Cancelled</source>
        <translation> · キャンセルしました</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Saves each case&apos;s attached files in a folder beside its export, NAME_attachments, and links them from it</source>
        <translation>各ケースの添付ファイルをエクスポートの横のフォルダー (NAME_attachments) に保存し、エクスポートからリンクします</translation>
    </message>
    <message>
        <source>Files Casebook wrote are kept while complete and written again when their case has something new; files changed since, or not written by Casebook, are left alone unless this is checked.</source>
        <translation>Casebook が書き出したファイルは、完全である限りそのまま残り、ケースに新しい内容があると書き直されます。その後に変更されたファイルや Casebook が書き出していないファイルは、この項目がオンの場合にのみ置き換えられます。</translation>
    </message>
    <message>
        <source> · Attachments not saved: %1</source>
        <translation> · 保存されなかった添付ファイル: %1</translation>
    </message>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation>フォルダー %1 を作成できませんでした。</translation>
    </message>
</context>
<context>
    <name>ExportFile</name>
    <message>
        <source>%1 already exists.</source>
        <translation>%1 はすでに存在します。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 を書き込めません: %2</translation>
    </message>
    <message>
        <source>%1 is a symbolic link; Casebook does not write through one. Choose another name.</source>
        <translation>%1 はシンボリックリンクです。Casebook はリンク先には書き込みません。別の名前を選んでください。</translation>
    </message>
    <message>
        <source>%1 is a folder; give a file name.</source>
        <translation>%1 はフォルダーです。ファイル名を指定してください。</translation>
    </message>
</context>
<context>
    <name>ExportJob</name>
    <message>
        <source>A single file holds one case; choose a folder for several.</source>
        <translation>1 つのファイルには 1 件のケースしか入りません。複数のケースにはフォルダーを選択してください。</translation>
    </message>
    <message>
        <source>No folder was chosen for the export.</source>
        <translation>エクスポート先のフォルダーが選択されていません。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>フォルダー %1 を作成できません。</translation>
    </message>
    <message>
        <source>Casebook cannot write %1 files here.</source>
        <translation>Casebook はここに %1 ファイルを書き込めません。</translation>
    </message>
    <message>
        <source>The cases could not be listed: %1</source>
        <translation>ケースを一覧表示できませんでした: %1</translation>
    </message>
    <message>
        <source>No case has the id %1.</source>
        <translation>ID が %1 のケースはありません。</translation>
    </message>
    <message>
        <source>%1 is not a regular file; nothing was written.</source>
        <translation>%1 は通常のファイルではありません。何も書き込まれませんでした。</translation>
    </message>
    <message>
        <source>Casebook cannot write %1 files yet.</source>
        <translation>Casebook はまだ %1 ファイルを書き込めません。</translation>
    </message>
    <message>
        <source>%1 already exists and differs from what Casebook wrote; it was left as it is.</source>
        <translation>%1 はすでに存在し、Casebook が書き出した内容と異なります。そのまま残しました。</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in conversation</source>
        <translation>やり取り内を検索</translation>
    </message>
    <message>
        <source>Find in messages and senders</source>
        <translation>メッセージと送信者を検索</translation>
    </message>
    <message>
        <source>Search text</source>
        <translation>検索テキスト</translation>
    </message>
    <message>
        <source>Match counter</source>
        <translation>一致件数</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <comment>match counter</comment>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>前の一致</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>次の一致</translation>
    </message>
    <message>
        <source>Show only the messages that match; otherwise every message stays and the matches are marked</source>
        <translation>一致するメッセージだけを表示します。オフの場合はすべてのメッセージを表示し、一致箇所を強調表示します</translation>
    </message>
    <message>
        <source>From AWS</source>
        <translation>AWS から</translation>
    </message>
    <message>
        <source>Show only messages written by AWS Support</source>
        <translation>AWS サポートが書いたメッセージだけを表示</translation>
    </message>
    <message>
        <source>From us</source>
        <translation>自分たちから</translation>
    </message>
    <message>
        <source>Show only messages written by your side</source>
        <translation>自分たちの側が書いたメッセージだけを表示</translation>
    </message>
    <message>
        <source>Has attachments</source>
        <translation>添付ファイルあり</translation>
    </message>
    <message>
        <source>Show only messages with attached files</source>
        <translation>ファイルが添付されたメッセージだけを表示</translation>
    </message>
    <message>
        <source>Search status</source>
        <translation>検索の状態</translation>
    </message>
    <message>
        <source>Close the find bar and show every message (Esc)</source>
        <translation>検索バーを閉じてすべてのメッセージを表示 (Esc)</translation>
    </message>
    <message>
        <source>Close find bar</source>
        <translation>検索バーを閉じる</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>次を検索(&amp;N)</translation>
    </message>
    <message>
        <source>Next match (Enter, F3)</source>
        <translation>次の一致 (Enter、F3)</translation>
    </message>
    <message>
        <source>Find &amp;Previous</source>
        <translation>前を検索(&amp;P)</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter, Shift+F3)</source>
        <translation>前の一致 (Shift+Enter、Shift+F3)</translation>
    </message>
    <message numerus="yes">
        <source>Searching… %n messages loaded</source>
        <translation>
            <numerusform>検索しています… %n 件のメッセージを読み込み済み</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No matches in %n messages</source>
        <translation>
            <numerusform>%n 件のメッセージに一致なし</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter</source>
        <comment>show only matching messages</comment>
        <translation>絞り込み</translation>
    </message>
</context>
<context>
    <name>HeadlessCommands</name>
    <message>
        <source>written</source>
        <translation>書き込み済み</translation>
    </message>
    <message>
        <source>complete, skipped</source>
        <translation>完了済み、スキップ</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>%1 written, %2 skipped, %3 failed</source>
        <translation>書き込み %1 件、スキップ %2 件、失敗 %3 件</translation>
    </message>
    <message>
        <source>Cannot write to standard output: %1.</source>
        <translation>標準出力に書き込めません: %1。</translation>
    </message>
    <message>
        <source>, request id %1</source>
        <translation>、リクエスト ID %1</translation>
    </message>
    <message>
        <source>, %1 attachments not saved</source>
        <translation>、保存されなかった添付ファイル %1 件</translation>
    </message>
    <message>
        <source>The archive was damaged; it was moved to %1 and a new one started.</source>
        <translation>アーカイブが破損していたため、%1 に移動して新しいアーカイブを作成しました。</translation>
    </message>
    <message>
        <source>The archive cannot be opened: %1</source>
        <translation>アーカイブを開けません: %1</translation>
    </message>
    <message>
        <source>synced %1 of %2 cases</source>
        <translation>%2 件中 %1 件のケースを同期しました</translation>
    </message>
    <message>
        <source>Archived %1 cases (%2 new) and %3 new messages in %4</source>
        <translation>%4 にケース %1 件 (新規 %2 件) と新しいメッセージ %3 件をアーカイブしました</translation>
    </message>
    <message>
        <source>%1 already exists; add --force to replace it.</source>
        <translation>%1 はすでに存在します。置き換えるには --force を付けてください。</translation>
    </message>
</context>
<context>
    <name>JsonExporter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 を書き込めません: %2</translation>
    </message>
</context>
<context>
    <name>KeychainCredentialsProvider</name>
    <message>
        <source>account %1 (this session only)</source>
        <translation>アカウント %1 (このセッションのみ)</translation>
    </message>
    <message>
        <source>account %1 (keychain)</source>
        <translation>アカウント %1 (キーチェーン)</translation>
    </message>
    <message>
        <source>There is no stored account named &apos;%1&apos;.</source>
        <translation>「%1」という名前の保存済みアカウントはありません。</translation>
    </message>
</context>
<context>
    <name>KeychainProblem</name>
    <message>
        <source>No keychain is available (Casebook needs a Secret Service such as GNOME Keyring or KWallet on a D-Bus session). Start or install one and try again, or keep the account for this session only: its secret then stays in memory and is never written to disk.</source>
        <translation>キーチェーンを利用できません (Casebook には D-Bus セッション上の GNOME Keyring や KWallet などの Secret Service が必要です)。いずれかを起動またはインストールしてからやり直すか、アカウントをこのセッションの間だけ保持してください。その場合、シークレットはメモリ内にのみ置かれ、ディスクには書き込まれません。</translation>
    </message>
    <message>
        <source>The keychain is locked or refused access to the secret of account &apos;%1&apos;. Unlock your keyring (or allow Casebook to use it) and try again.</source>
        <translation>キーチェーンがロックされているか、アカウント「%1」のシークレットへのアクセスが拒否されました。キーリングのロックを解除 (または Casebook によるアクセスを許可) してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The account &apos;%1&apos; is saved but its secret can&apos;t be read from the keychain (it may have been deleted, or the keychain changed). Enter the access key again: casebook account add %1, or File &gt; Accounts.</source>
        <translation>アカウント「%1」は保存されていますが、キーチェーンからシークレットを読み取れません (削除されたか、キーチェーンが変わった可能性があります)。アクセスキーをもう一度入力してください: casebook account add %1、または [ファイル] &gt; [アカウント]。</translation>
    </message>
    <message>
        <source>The keychain would not delete the secret of account &apos;%1&apos;. Remove the entry &apos;%1&apos; of service &apos;casebook&apos; with your keyring manager.</source>
        <translation>キーチェーンがアカウント「%1」のシークレットを削除しませんでした。キーリングの管理ツールで、サービス「casebook」のエントリ「%1」を削除してください。</translation>
    </message>
    <message>
        <source>The keychain refused to store the secret of account &apos;%1&apos;, so nothing was saved. Check that your keyring is unlocked and writable, or keep the account for this session only.</source>
        <translation>キーチェーンがアカウント「%1」のシークレットの保存を拒否したため、何も保存されませんでした。キーリングがロック解除され書き込み可能か確認するか、アカウントをこのセッションの間だけ保持してください。</translation>
    </message>
    <message>
        <source>The keychain entry of account &apos;%1&apos; does not hold an access key Casebook can read. Enter the access key again.</source>
        <translation>アカウント「%1」のキーチェーンのエントリに、Casebook が読み取れるアクセスキーがありません。アクセスキーをもう一度入力してください。</translation>
    </message>
    <message>
        <source>The keychain failed for account &apos;%1&apos;: %2</source>
        <translation>アカウント「%1」でキーチェーンの処理に失敗しました: %2</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Open Exported Thread</source>
        <translation>エクスポートしたスレッドを開く</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON ファイル (*.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Case list error</source>
        <translation>ケース一覧のエラー</translation>
    </message>
    <message>
        <source>Conversation error</source>
        <translation>やり取りのエラー</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>更新(&amp;R)</translation>
    </message>
    <message>
        <source>Reload the case list and the open conversation (F5)</source>
        <translation>ケース一覧と開いているやり取りを再読み込み (F5)</translation>
    </message>
    <message>
        <source>&amp;Include Resolved Cases</source>
        <translation>解決済みのケースを含める(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;About Casebook</source>
        <translation>Casebook について(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Qt について(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Oldest Message First</source>
        <translation>古いメッセージを先頭に(&amp;O)</translation>
    </message>
    <message>
        <source>Read the thread from its first message down to the newest, as in a chat</source>
        <translation>チャットのように、最初のメッセージから最新のメッセージへ順に読みます</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>開く(&amp;O)…</translation>
    </message>
    <message>
        <source>Read a thread exported as JSON, without connecting</source>
        <translation>JSON でエクスポートされたスレッドを、接続せずに読みます</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>エクスポート(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Accounts…</source>
        <translation>アカウント(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>検索(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>設定(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Diagnostics…</source>
        <translation>診断(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>No case has the number %1.</source>
        <translation>番号が %1 のケースはありません。</translation>
    </message>
    <message>
        <source>No case has the id %1.</source>
        <translation>ID が %1 のケースはありません。</translation>
    </message>
    <message>
        <source>The case could not be looked up: %1</source>
        <translation>ケースを検索できませんでした: %1</translation>
    </message>
    <message>
        <source>Case %1 is open; the list does not show it.</source>
        <translation>ケース %1 を開いていますが、一覧には表示されていません。</translation>
    </message>
    <message>
        <source>%1 — Casebook</source>
        <comment>file name</comment>
        <translation>%1 — Casebook</translation>
    </message>
    <message>
        <source>Casebook</source>
        <translation>Casebook</translation>
    </message>
    <message>
        <source>%1 — Casebook</source>
        <comment>case subject</comment>
        <translation>%1 — Casebook</translation>
    </message>
    <message>
        <source>Loading cases…</source>
        <translation>ケースを読み込んでいます…</translation>
    </message>
    <message>
        <source>Loading messages… %1 loaded</source>
        <translation>メッセージを読み込んでいます… %1 件読み込み済み</translation>
    </message>
    <message>
        <source>Cases: %1 of %2</source>
        <translation>ケース: %1 / %2</translation>
    </message>
    <message>
        <source>Cases: %1</source>
        <translation>ケース: %1</translation>
    </message>
    <message>
        <source>Messages: %1</source>
        <translation>メッセージ: %1</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Casebook %1&lt;/h3&gt;&lt;p&gt;A desktop reader for AWS Support cases: read, search, keep and export the correspondence of your support cases.&lt;/p&gt;&lt;p&gt;Casebook reads cases with your own AWS credentials and talks only to the AWS Support API endpoint you configure.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Casebook %1&lt;/h3&gt;&lt;p&gt;AWS サポートケースを読むためのデスクトップアプリです。サポートケースのやり取りを読み、検索し、保管し、エクスポートできます。&lt;/p&gt;&lt;p&gt;Casebook はお客様自身の AWS 認証情報でケースを読み取り、設定された AWS Support API エンドポイントとだけ通信します。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Built with Qt %1, running on Qt %2. Qt is used under the GNU Lesser General Public License version 3 (LGPLv3); Help &amp;gt; About Qt has the details. QtKeychain is used under the BSD 2-Clause licence.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Qt %1 でビルドされ、Qt %2 で動作しています。Qt は GNU Lesser General Public License バージョン 3 (LGPLv3) の下で使用しています。詳しくは [ヘルプ] &amp;gt; [Qt について] を参照してください。QtKeychain は BSD 2-Clause ライセンスの下で使用しています。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Casebook</source>
        <translation>Casebook について</translation>
    </message>
    <message>
        <source>Copy Link to Case in &amp;Console</source>
        <translation>コンソールのケースへのリンクをコピー(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Save Attachments of This Message…</source>
        <translation>このメッセージの添付ファイルを保存(&amp;S)…</translation>
    </message>
    <message>
        <source>Loading</source>
        <comment>busy indicator</comment>
        <translation>読み込み中</translation>
    </message>
    <message>
        <source>Search &amp;All Cases…</source>
        <translation>すべてのケースを検索(&amp;A)…</translation>
    </message>
    <message>
        <source>Offline: showing the archived copy</source>
        <translation>オフライン: アーカイブのコピーを表示しています</translation>
    </message>
    <message>
        <source>Offline, last synced at %1</source>
        <translation>オフライン、最終同期 %1</translation>
    </message>
    <message>
        <source>Reading %1 (offline)</source>
        <translation>%1 を読み込み中 (オフライン)</translation>
    </message>
</context>
<context>
    <name>PdfExporter</name>
    <message>
        <source>(no subject)</source>
        <translation>(件名なし)</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>%1 / %2 ページ</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>The account Casebook opens with; empty for the first one available</source>
        <translation>Casebook の起動時に使うアカウント。空の場合は最初に利用できるアカウントを使います</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <source>&amp;Default account:</source>
        <translation>デフォルトのアカウント(&amp;D):</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>閲覧</translation>
    </message>
    <message>
        <source> messages</source>
        <comment>page size, after a number</comment>
        <translation> 件のメッセージ</translation>
    </message>
    <message>
        <source>How many messages each request to AWS asks for</source>
        <translation>AWS への 1 回のリクエストで取得するメッセージ数</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>新しい順</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <comment>message order, as in a chat</comment>
        <translation>古い順</translation>
    </message>
    <message>
        <source>System</source>
        <comment>theme: follow the desktop</comment>
        <translation>システム</translation>
    </message>
    <message>
        <source>Light</source>
        <comment>theme</comment>
        <translation>ライト</translation>
    </message>
    <message>
        <source>Dark</source>
        <comment>theme</comment>
        <translation>ダーク</translation>
    </message>
    <message>
        <source>System</source>
        <comment>font size: the desktop&apos;s own</comment>
        <translation>システム</translation>
    </message>
    <message>
        <source> pt</source>
        <comment>font size in points</comment>
        <translation> pt</translation>
    </message>
    <message>
        <source>System</source>
        <comment>language: the desktop&apos;s own</comment>
        <translation>システム</translation>
    </message>
    <message>
        <source>Takes effect when Casebook starts again.</source>
        <translation>Casebook の次回起動時に反映されます。</translation>
    </message>
    <message>
        <source>&amp;Page size:</source>
        <translation>ページサイズ(&amp;P):</translation>
    </message>
    <message>
        <source>Message &amp;order:</source>
        <translation>メッセージの順序(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>テーマ(&amp;T):</translation>
    </message>
    <message>
        <source>Thread &amp;font size:</source>
        <translation>スレッドのフォントサイズ(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>ネットワーク</translation>
    </message>
    <message>
        <source> s</source>
        <comment>seconds, after a number</comment>
        <translation> 秒</translation>
    </message>
    <message>
        <source>A request that receives nothing for this long fails and is tried again</source>
        <translation>この時間何も受信しないリクエストは失敗とみなされ、再試行されます</translation>
    </message>
    <message>
        <source>Attempts per request, the first included. AWS_MAX_ATTEMPTS or max_attempts in the AWS config take precedence.</source>
        <translation>最初の試行を含む、リクエストあたりの試行回数。AWS_MAX_ATTEMPTS または AWS 設定の max_attempts が優先されます。</translation>
    </message>
    <message>
        <source>Transfer &amp;timeout:</source>
        <translation>転送タイムアウト(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Retry attempts:</source>
        <comment>how many times a request is tried</comment>
        <translation>試行回数(&amp;R):</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <source>&amp;Write a log file</source>
        <translation>ログファイルを書き込む(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Download folder:</source>
        <translation>ダウンロードフォルダー(&amp;D):</translation>
    </message>
    <message>
        <source>Log f&amp;ile:</source>
        <translation>ログファイル(&amp;I):</translation>
    </message>
    <message>
        <source>Download Folder</source>
        <translation>ダウンロードフォルダー</translation>
    </message>
    <message>
        <source>Log File</source>
        <translation>ログファイル</translation>
    </message>
</context>
<context>
    <name>ProcessCredentialsProvider</name>
    <message>
        <source>its output has a %1 that is not a string.</source>
        <translation>出力に文字列ではない %1 が含まれています。</translation>
    </message>
    <message>
        <source>its output has no %1.</source>
        <translation>出力に %1 がありません。</translation>
    </message>
    <message>
        <source>its output has no Version; Casebook reads Version 1.</source>
        <translation>出力に Version がありません。Casebook は Version 1 を読み取ります。</translation>
    </message>
    <message>
        <source>its output has Version %1; Casebook reads only Version 1.</source>
        <translation>出力の Version が %1 です。Casebook が読み取れるのは Version 1 だけです。</translation>
    </message>
    <message>
        <source>its Expiration &quot;%1&quot; is not an ISO 8601 time with Z or an offset.</source>
        <translation>Expiration「%1」は Z またはオフセット付きの ISO 8601 形式の時刻ではありません。</translation>
    </message>
    <message>
        <source>the credentials it printed expired at %1.</source>
        <translation>出力された認証情報は %1 に有効期限が切れています。</translation>
    </message>
    <message>
        <source>credential_process</source>
        <translation>credential_process</translation>
    </message>
    <message>
        <source>its output is not valid JSON (%1 at byte %2).</source>
        <translation>出力が有効な JSON ではありません (バイト %2 で %1)。</translation>
    </message>
    <message>
        <source>its output is not a JSON object.</source>
        <translation>出力が JSON オブジェクトではありません。</translation>
    </message>
    <message>
        <source>%1: the command has a quote that is never closed.</source>
        <translation>%1: コマンドに閉じられていない引用符があります。</translation>
    </message>
    <message>
        <source>%1: the command is empty.</source>
        <translation>%1: コマンドが空です。</translation>
    </message>
    <message>
        <source>%1: the command printed more than %2 KiB, more than any credentials need; it was stopped.</source>
        <translation>%1: コマンドが認証情報に必要な量を超える %2 KiB 以上を出力したため、停止しました。</translation>
    </message>
    <message>
        <source>%1: the command was stopped by a signal.%2</source>
        <translation>%1: コマンドがシグナルによって停止されました。%2</translation>
    </message>
    <message>
        <source>%1: the command exited with code %2.%3</source>
        <translation>%1: コマンドがコード %2 で終了しました。%3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: the command could not be started (%2).</source>
        <translation>%1: コマンドを開始できませんでした (%2)。</translation>
    </message>
    <message>
        <source>%1: the command did not finish within %2 seconds and was stopped.%3</source>
        <translation>%1: コマンドが %2 秒以内に終了しなかったため、停止しました。%3</translation>
    </message>
    <message>
        <source>It said: %1</source>
        <translation>出力内容: %1</translation>
    </message>
</context>
<context>
    <name>SandboxDataset</name>
    <message>
        <source>%1 has no &quot;cases&quot; folder</source>
        <translation>%1 に「cases」フォルダーがありません</translation>
    </message>
    <message>
        <source>This build of Casebook contains no demo cases</source>
        <translation>このビルドの Casebook にはデモ用のケースが含まれていません</translation>
    </message>
    <message>
        <source>%1: case %2 is also defined in another file</source>
        <translation>%1: ケース %2 は別のファイルでも定義されています</translation>
    </message>
    <message>
        <source>is not a regular file</source>
        <translation>通常のファイルではありません</translation>
    </message>
    <message>
        <source>is larger than %1 MiB</source>
        <translation>%1 MiB を超えています</translation>
    </message>
    <message>
        <source>cannot be read (%1)</source>
        <translation>読み取れません (%1)</translation>
    </message>
    <message>
        <source>is not valid JSON (%1 at byte %2)</source>
        <translation>有効な JSON ではありません (バイト %2 で %1)</translation>
    </message>
    <message>
        <source>does not hold a JSON object</source>
        <translation>JSON オブジェクトではありません</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot; (expected &quot;case&quot;, &quot;communications&quot; and &quot;attachments&quot;)</source>
        <translation>不明なキー「%1」です (「case」「communications」「attachments」のいずれかが必要です)</translation>
    </message>
    <message>
        <source>&quot;case&quot; is missing or not an object</source>
        <translation>「case」がないか、オブジェクトではありません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a list</source>
        <translation>「%1」はリストではありません</translation>
    </message>
    <message>
        <source>case: %1</source>
        <translation>case: %1</translation>
    </message>
    <message>
        <source>case: &quot;caseId&quot; is empty</source>
        <translation>case: 「caseId」が空です</translation>
    </message>
    <message>
        <source>case: &quot;timeCreated&quot; is missing or unreadable</source>
        <translation>case: 「timeCreated」がないか、読み取れません</translation>
    </message>
    <message>
        <source>has no &quot;attachmentId&quot;</source>
        <translation>「attachmentId」がありません</translation>
    </message>
    <message>
        <source>has no &quot;fileName&quot;</source>
        <translation>「fileName」がありません</translation>
    </message>
    <message>
        <source>has no &quot;data&quot; in base64</source>
        <translation>Base64 の「data」がありません</translation>
    </message>
    <message>
        <source>reuses the id %1</source>
        <translation>ID %1 を再使用しています</translation>
    </message>
    <message>
        <source>attachment %1 %2</source>
        <translation>添付ファイル %1 %2</translation>
    </message>
    <message>
        <source>belongs to case %1</source>
        <translation>ケース %1 に属しています</translation>
    </message>
    <message>
        <source>has no readable &quot;timeCreated&quot;</source>
        <translation>読み取れる「timeCreated」がありません</translation>
    </message>
    <message>
        <source>has a body of %1 characters (1 to %2 allowed)</source>
        <translation>本文が %1 文字です (1～%2 文字まで)</translation>
    </message>
    <message>
        <source>lists attachment %1, which the file does not contain</source>
        <translation>添付ファイル %1 を挙げていますが、ファイルに含まれていません</translation>
    </message>
    <message>
        <source>calls attachment %1 &quot;%2&quot;, the file calls it &quot;%3&quot;</source>
        <translation>添付ファイル %1 を「%2」と呼んでいますが、ファイルでは「%3」です</translation>
    </message>
    <message>
        <source>is not an object</source>
        <translation>オブジェクトではありません</translation>
    </message>
    <message>
        <source>is unreadable: %1</source>
        <translation>読み取れません: %1</translation>
    </message>
    <message>
        <source>communication %1 %2</source>
        <translation>通信 %1 %2</translation>
    </message>
    <message>
        <source>attachment id %1 is also used by another file</source>
        <translation>添付ファイル ID %1 は別のファイルでも使われています</translation>
    </message>
</context>
<context>
    <name>SandboxFaults</name>
    <message>
        <source>an item has no name before its &quot;=&quot;</source>
        <translation>「=」の前に名前がない項目があります</translation>
    </message>
    <message>
        <source>unknown fault &quot;%1&quot;; known faults are: %2</source>
        <translation>不明な障害「%1」です。使用できる障害: %2</translation>
    </message>
    <message>
        <source>%1 is given twice</source>
        <translation>%1 が 2 回指定されています</translation>
    </message>
    <message>
        <source>%1 takes no value</source>
        <translation>%1 には値を指定できません</translation>
    </message>
    <message>
        <source>%1 needs a value, as in %1=%2</source>
        <translation>%1 には値が必要です (例: %1=%2)</translation>
    </message>
    <message>
        <source>%1 wants a whole number from %2 to %3, not &quot;%4&quot;</source>
        <translation>%1 には %2～%3 の整数を指定してください (「%4」は使用できません)</translation>
    </message>
</context>
<context>
    <name>SharedFileParser</name>
    <message>
        <source>a setting comes before the first [section]</source>
        <translation>最初の [セクション] より前に設定があります</translation>
    </message>
    <message>
        <source>the section [%1] appears a second time</source>
        <translation>セクション [%1] が 2 回出現しています</translation>
    </message>
    <message>
        <source>the line is not a &apos;key = value&apos; setting</source>
        <translation>この行は「key = value」形式の設定ではありません</translation>
    </message>
    <message>
        <source>the setting has no name</source>
        <translation>設定に名前がありません</translation>
    </message>
    <message>
        <source>the setting %1 appears a second time in its section</source>
        <translation>設定 %1 がセクション内で 2 回出現しています</translation>
    </message>
    <message>
        <source>the file starts with a byte order mark; save it as UTF-8 without one</source>
        <translation>ファイルの先頭にバイトオーダーマーク (BOM) があります。BOM なしの UTF-8 で保存してください</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text</source>
        <translation>ファイルが UTF-8 テキストではありません</translation>
    </message>
</context>
<context>
    <name>StaticCredentialsProvider</name>
    <message>
        <source>No AWS credentials are configured.</source>
        <translation>AWS 認証情報が設定されていません。</translation>
    </message>
</context>
<context>
    <name>StsClient</name>
    <message>
        <source>STS at %1 could not be reached: %2</source>
        <translation>%1 の STS に接続できませんでした: %2</translation>
    </message>
    <message>
        <source>assume role %1</source>
        <translation>ロール %1 の引き受け</translation>
    </message>
    <message>
        <source>STS refused to assume the role: %1 (%2, HTTP %3)</source>
        <translation>STS がロールの引き受けを拒否しました: %1 (%2、HTTP %3)</translation>
    </message>
    <message>
        <source>STS answered HTTP %1 with something that is not an AssumeRole response.</source>
        <translation>STS が HTTP %1 で AssumeRole 以外の応答を返しました。</translation>
    </message>
</context>
<context>
    <name>SupportClient</name>
    <message>
        <source>The source of AWS credentials was closed.</source>
        <translation>AWS 認証情報のソースが閉じられました。</translation>
    </message>
    <message>
        <source>No AWS credentials are configured.</source>
        <translation>AWS 認証情報が設定されていません。</translation>
    </message>
    <message>
        <source>The source of AWS credentials supplied none.</source>
        <translation>AWS 認証情報のソースから認証情報が提供されませんでした。</translation>
    </message>
</context>
<context>
    <name>SupportError</name>
    <message>
        <source>Casebook could not set up a secure connection to the AWS Support service: %1. If your network inspects TLS traffic, point AWS_CA_BUNDLE at your organisation&apos;s CA certificate file.</source>
        <translation>Casebook は AWS サポートサービスとの安全な接続を確立できませんでした: %1。ネットワークで TLS 通信が検査されている場合は、AWS_CA_BUNDLE に組織の CA 証明書ファイルを指定してください。</translation>
    </message>
    <message>
        <source>the TLS handshake failed</source>
        <translation>TLS ハンドシェイクに失敗しました</translation>
    </message>
    <message>
        <source>The AWS Support service stopped answering, so Casebook gave up waiting. Check your connection and try again.</source>
        <translation>AWS サポートサービスから応答がなくなったため、Casebook は待機を中止しました。接続を確認してもう一度お試しください。</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>リクエストはキャンセルされました。</translation>
    </message>
    <message>
        <source>The reply from the AWS Support service could not be read.</source>
        <translation>AWS サポートサービスからの応答を読み取れませんでした。</translation>
    </message>
    <message>
        <source>No AWS credentials were found. Set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, add a profile to ~/.aws/credentials, or start Casebook with --demo to try it on sample cases.</source>
        <translation>AWS 認証情報が見つかりませんでした。AWS_ACCESS_KEY_ID と AWS_SECRET_ACCESS_KEY を設定するか、~/.aws/credentials にプロファイルを追加するか、--demo を付けて Casebook を起動してサンプルケースで試してください。</translation>
    </message>
    <message>
        <source>Casebook could not get AWS credentials. %1</source>
        <translation>Casebook は AWS 認証情報を取得できませんでした。%1</translation>
    </message>
    <message>
        <source>Your temporary AWS credentials have expired. Refresh them and try again.</source>
        <translation>一時的な AWS 認証情報の有効期限が切れています。更新してからもう一度お試しください。</translation>
    </message>
    <message>
        <source>AWS refused the request because this computer&apos;s clock is wrong. Set the clock correctly and try again.</source>
        <translation>このコンピューターの時計がずれているため、AWS がリクエストを拒否しました。時計を正しく設定してからもう一度お試しください。</translation>
    </message>
    <message>
        <source>AWS refused the request signature. The secret access key is probably wrong for this access key id.</source>
        <translation>AWS がリクエストの署名を拒否しました。シークレットアクセスキーがこのアクセスキー ID と一致していない可能性があります。</translation>
    </message>
    <message>
        <source>AWS does not recognise these credentials. Check the access key id.</source>
        <translation>AWS はこの認証情報を認識できません。アクセスキー ID を確認してください。</translation>
    </message>
    <message>
        <source>These credentials are not allowed to read support cases. They need the IAM actions support:DescribeCases, support:DescribeCommunications and support:DescribeAttachment.</source>
        <translation>この認証情報にはサポートケースを読み取る権限がありません。IAM アクション support:DescribeCases、support:DescribeCommunications、support:DescribeAttachment が必要です。</translation>
    </message>
    <message>
        <source>This AWS account has no support plan that includes the AWS Support API. The API needs a Business, Enterprise On-Ramp or Enterprise support plan.</source>
        <translation>この AWS アカウントには、AWS Support API を含むサポートプランがありません。API を使用するには、ビジネス、エンタープライズ On-Ramp、またはエンタープライズのサポートプランが必要です。</translation>
    </message>
    <message>
        <source>The service does not know this case. Cases are kept only for a limited time after they are created, and only in the account that opened them.</source>
        <translation>サービスはこのケースを認識していません。ケースは作成後一定期間だけ、作成したアカウントでのみ保持されます。</translation>
    </message>
    <message>
        <source>The attachment is no longer available from the service.</source>
        <translation>この添付ファイルはサービスから入手できなくなりました。</translation>
    </message>
    <message>
        <source>The AWS Support service is limiting how fast Casebook may ask. Wait a moment and try again.</source>
        <translation>AWS サポートサービスが Casebook からのリクエスト頻度を制限しています。しばらく待ってからもう一度お試しください。</translation>
    </message>
    <message>
        <source>The AWS Support service rejected the request as invalid.</source>
        <translation>AWS サポートサービスがリクエストを無効として拒否しました。</translation>
    </message>
    <message>
        <source>The AWS Support service had an internal problem. Try again later.</source>
        <translation>AWS サポートサービスで内部エラーが発生しました。しばらくしてからもう一度お試しください。</translation>
    </message>
    <message>
        <source>The endpoint answered with a redirect (HTTP %1) instead of an AWS reply. Check the endpoint URL; a proxy or login page may be in the way.</source>
        <translation>エンドポイントが AWS の応答ではなくリダイレクト (HTTP %1) を返しました。エンドポイント URL を確認してください。プロキシやログインページが間にある可能性があります。</translation>
    </message>
    <message>
        <source>The endpoint answered HTTP %1 without an AWS error. A proxy, firewall or login page between Casebook and AWS may have refused the request.</source>
        <translation>エンドポイントが AWS のエラーを含まない HTTP %1 を返しました。Casebook と AWS の間にあるプロキシ、ファイアウォール、またはログインページがリクエストを拒否した可能性があります。</translation>
    </message>
    <message>
        <source>The AWS Support service reported an error.</source>
        <translation>AWS サポートサービスがエラーを報告しました。</translation>
    </message>
    <message>
        <source>The AWS Support endpoint&apos;s name could not be looked up. Check your network connection, DNS settings and the endpoint URL.</source>
        <translation>AWS Support エンドポイントの名前を解決できませんでした。ネットワーク接続、DNS 設定、エンドポイント URL を確認してください。</translation>
    </message>
    <message>
        <source>The AWS Support endpoint refused the connection. Check the endpoint URL and any firewall between you and it.</source>
        <translation>AWS Support エンドポイントが接続を拒否しました。エンドポイント URL と、途中にあるファイアウォールを確認してください。</translation>
    </message>
    <message>
        <source>The connection to the AWS Support service broke off before the reply was complete. Try again.</source>
        <translation>応答が完了する前に AWS サポートサービスとの接続が切断されました。もう一度お試しください。</translation>
    </message>
    <message>
        <source>Casebook could not get through the network proxy. Check the proxy settings (http_proxy, https_proxy) and its credentials.</source>
        <translation>Casebook はネットワークプロキシを通過できませんでした。プロキシ設定 (http_proxy、https_proxy) とその認証情報を確認してください。</translation>
    </message>
    <message>
        <source>This computer seems to be offline. Connect to a network and try again.</source>
        <translation>このコンピューターはオフラインのようです。ネットワークに接続してからもう一度お試しください。</translation>
    </message>
    <message>
        <source>Casebook could not reach the AWS Support service. Check your network connection and proxy settings.</source>
        <translation>Casebook は AWS サポートサービスに接続できませんでした。ネットワーク接続とプロキシ設定を確認してください。</translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation>コード: %1</translation>
    </message>
    <message>
        <source>Message: %1</source>
        <translation>メッセージ: %1</translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation>HTTP ステータス: %1</translation>
    </message>
    <message>
        <source>Request id: %1</source>
        <translation>リクエスト ID: %1</translation>
    </message>
</context>
<context>
    <name>SupportReply</name>
    <message>
        <source>The reply was larger than %1 MiB.</source>
        <translation>応答が %1 MiB を超えていました。</translation>
    </message>
    <message>
        <source>The reply is not valid JSON: %1.</source>
        <translation>応答が有効な JSON ではありません: %1。</translation>
    </message>
    <message>
        <source>The reply is not a JSON object.</source>
        <translation>応答が JSON オブジェクトではありません。</translation>
    </message>
</context>
<context>
    <name>ThreadFile</name>
    <message>
        <source>Message %1 is not a JSON object.</source>
        <translation>メッセージ %1 は JSON オブジェクトではありません。</translation>
    </message>
    <message>
        <source>Message %1 has no &quot;%2&quot;.</source>
        <translation>メッセージ %1 に「%2」がありません。</translation>
    </message>
    <message>
        <source>Message %1 is malformed: %2.</source>
        <translation>メッセージ %1 の形式が正しくありません: %2。</translation>
    </message>
    <message>
        <source>The &quot;case&quot; in the file is malformed: %1.</source>
        <translation>ファイル内の「case」の形式が正しくありません: %1。</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>オブジェクトではありません</translation>
    </message>
    <message>
        <source>The file mixes messages of several cases.</source>
        <translation>ファイルに複数のケースのメッセージが混在しています。</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 は存在しません。</translation>
    </message>
    <message>
        <source>%1 is not a regular file.</source>
        <translation>%1 は通常のファイルではありません。</translation>
    </message>
    <message>
        <source>%1 is larger than %2, more than any exported thread.</source>
        <translation>%1 は %2 を超えており、エクスポートされたスレッドとしては大きすぎます。</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 を開けません: %2</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>%1 を開けません: %2</translation>
    </message>
    <message>
        <source>it is not JSON (%1 at byte %2).</source>
        <translation>JSON ではありません (バイト %2 で %1)。</translation>
    </message>
    <message>
        <source>it holds no support case thread (a &quot;communications&quot; list, as Casebook exports and aws support describe-communications prints).</source>
        <translation>サポートケースのスレッド (Casebook がエクスポートし、aws support describe-communications が出力する「communications」リスト) が含まれていません。</translation>
    </message>
</context>
<context>
    <name>ThreadRenderer</name>
    <message>
        <source>unknown time</source>
        <translation>不明な時刻</translation>
    </message>
    <message>
        <source>%1 (local %2 %3)</source>
        <translation>%1 (現地時刻 %2 %3)</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(件名なし)</translation>
    </message>
    <message>
        <source>from %1 until before %2</source>
        <translation>%1 から %2 より前まで</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>%1 以降</translation>
    </message>
    <message>
        <source>until before %1</source>
        <translation>%1 より前まで</translation>
    </message>
    <message>
        <source>Display id</source>
        <translation>表示 ID</translation>
    </message>
    <message>
        <source>Case id</source>
        <translation>ケース ID</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>重要度</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>作成日時</translation>
    </message>
    <message>
        <source>Exported at</source>
        <translation>エクスポート日時</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>Communications</source>
        <translation>通信</translation>
    </message>
    <message numerus="yes">
        <source>%n, oldest first</source>
        <translation>
            <numerusform>%n 件、古い順</numerusform>
        </translation>
    </message>
    <message>
        <source>(unknown sender)</source>
        <translation>(不明な送信者)</translation>
    </message>
    <message>
        <source>Attachments:</source>
        <translation>添付ファイル:</translation>
    </message>
    <message>
        <source>(not saved)</source>
        <translation>(未保存)</translation>
    </message>
    <message>
        <source>Attachments: %1</source>
        <translation>添付ファイル: %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>profile %1 (assume role %2)</source>
        <translation>プロファイル %1 (ロール %2 の引き受け)</translation>
    </message>
    <message>
        <source>profile %1 (credential_process)</source>
        <translation>プロファイル %1 (credential_process)</translation>
    </message>
    <message>
        <source>The log file %1 cannot be written: %2</source>
        <translation>ログファイル %1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>%1 · %2 · credentials: %3</source>
        <translation>%1 · %2 · 認証情報: %3</translation>
    </message>
    <message>
        <source>The demo sandbox could not start: %1</source>
        <translation>デモ用サンドボックスを起動できませんでした: %1</translation>
    </message>
    <message>
        <source>demo example key</source>
        <translation>デモ用のサンプルキー</translation>
    </message>
    <message>
        <source>Demo sandbox · %1 · credentials: %2</source>
        <translation>デモ用サンドボックス · %1 · 認証情報: %2</translation>
    </message>
    <message>
        <source>This system has no working TLS library, so Casebook cannot talk to AWS over HTTPS. Install OpenSSL (Debian package libssl3) and start Casebook again.</source>
        <translation>このシステムには動作する TLS ライブラリがないため、Casebook は HTTPS で AWS と通信できません。OpenSSL (Debian パッケージ libssl3) をインストールしてから Casebook を再起動してください。</translation>
    </message>
    <message>
        <source>The CA bundle %1 (AWS_CA_BUNDLE or ca_bundle) holds no readable PEM certificate.</source>
        <translation>CA バンドル %1 (AWS_CA_BUNDLE または ca_bundle) に読み取れる PEM 証明書がありません。</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is %1 behind AWS; Casebook corrects for it.</source>
        <translation>このコンピューターの時計は AWS より %1 遅れています。Casebook が補正します。</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is %1 ahead of AWS; Casebook corrects for it.</source>
        <translation>このコンピューターの時計は AWS より %1 進んでいます。Casebook が補正します。</translation>
    </message>
    <message>
        <source>Serves the AWS Support API on 127.0.0.1 from a dataset, for trying Casebook and for tests.</source>
        <translation>データセットから AWS Support API を 127.0.0.1 で提供します。Casebook の試用やテストに使います。</translation>
    </message>
    <message>
        <source>Port to listen on; 0 picks a free one.</source>
        <translation>待ち受けるポート。0 を指定すると空いているポートを選びます。</translation>
    </message>
    <message>
        <source>Dataset folder holding cases/*.json; without it the built-in demo cases are served.</source>
        <translation>cases/*.json を含むデータセットのフォルダー。省略すると組み込みのデモ用ケースを提供します。</translation>
    </message>
    <message>
        <source>Faults to inject, comma-separated, for example throttle=3,slow=2000,subscription (see the README).</source>
        <translation>挿入する障害をカンマ区切りで指定します (例: throttle=3,slow=2000,subscription。README を参照)。</translation>
    </message>
    <message>
        <source>--port wants a number from 0 to 65535</source>
        <translation>--port には 0～65535 の数値を指定してください</translation>
    </message>
    <message>
        <source>--faults: %1</source>
        <translation>--faults: %1</translation>
    </message>
    <message>
        <source>cannot load the dataset: %1</source>
        <translation>データセットを読み込めません: %1</translation>
    </message>
    <message>
        <source>cannot listen on 127.0.0.1:%1: %2</source>
        <translation>127.0.0.1:%1 で待ち受けできません: %2</translation>
    </message>
    <message>
        <source>injecting faults: %1</source>
        <translation>障害を挿入しています: %1</translation>
    </message>
    <message>
        <source>The local archive cannot be used, so nothing is kept for offline reading: %1</source>
        <translation>ローカルアーカイブを使用できないため、オフラインで読むためのデータは保存されません: %1</translation>
    </message>
    <message>
        <source>The local archive was damaged. It was moved to %1 and a new, empty archive was started.</source>
        <translation>ローカルアーカイブが破損していました。%1 に移動し、新しい空のアーカイブを作成しました。</translation>
    </message>
    <message>
        <source>Cases are not listed: no AWS credentials were found. Reading a file needs none.</source>
        <translation>AWS 認証情報が見つからないため、ケースは一覧表示されません。ファイルの閲覧には認証情報は不要です。</translation>
    </message>
</context>
</TS>
