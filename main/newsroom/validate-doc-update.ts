/**
 * The newsroom's roles, enforced by the server (CouchDB runs this on every write, replicated ones
 * included; a refusal is a 403 the desk shows). Kept as source text: CouchDB stores the function
 * as a string in the design document, and it must stay plain ES5 for CouchDB's JavaScript engine.
 */

export const NEWSROOM_ROLES = ['reporter', 'editor', 'page_editor', 'proofreader', 'chief_editor', 'admin'] as const;
export type NewsroomRole = (typeof NEWSROOM_ROLES)[number];

export const ROLE_NAMES: Record<NewsroomRole, string> = {
  reporter: '记者',
  editor: '编辑',
  page_editor: '版面编辑',
  proofreader: '校对',
  chief_editor: '总编室',
  admin: '管理员',
};

export const VALIDATE_DOC_UPDATE = `function (newDoc, oldDoc, userCtx, secObj) {
  var roles = userCtx.roles || [];
  function has(role) { return roles.indexOf(role) !== -1; }
  function deny(why) { throw ({ forbidden: why }); }
  function same(a, b) { return JSON.stringify(a) === JSON.stringify(b); }
  var admin = has('_admin') || has('admin');
  var chief = admin || has('chief_editor');
  var writer = chief || has('reporter') || has('editor');
  if (!userCtx.name && !admin) throw ({ unauthorized: 'Log in to change the newsroom.' });
  var id = newDoc._id;
  if (id.indexOf('_design/') === 0) {
    if (!admin) deny('Only an administrator changes the newsroom design documents.');
    return;
  }
  var kind = id.split(':')[0];
  if (newDoc._deleted) {
    if (kind === 'lock' && oldDoc && oldDoc.holder !== userCtx.name && !chief) deny('Only ' + oldDoc.holder + ' or 总编室 may release this check-out.');
    if (kind === 'page' && !(chief || has('page_editor'))) deny('Only page editors remove pages.');
    if (kind === 'story' && !writer) deny('Only reporters and editors remove stories.');
    if (kind === 'mark' && !chief && oldDoc && oldDoc.createdBy !== userCtx.name && !writer) deny('Only its author removes a proof mark.');
    if ((kind === 'photo' || kind === 'preview') && !chief) deny('Only 总编室 removes photos.');
    if ((kind === 'revision' || kind === 'status' || kind === 'assignment') && !chief) deny('Only 总编室 removes history and assignments.');
    if (kind === 'directory' && !admin) deny('Only an administrator changes the newsroom directory.');
    return;
  }
  if (kind === 'directory' && !admin) deny('Only an administrator changes the newsroom directory (banmian newsroom user add).');
  if (kind !== newDoc.type) deny('The document ' + id + ' is not a ' + kind + '.');
  if (newDoc.editedBy !== userCtx.name && !admin) deny('Every change carries who made it: editedBy must be ' + userCtx.name + '.');
  if (typeof newDoc.editedAt !== 'string' || isNaN(Date.parse(newDoc.editedAt))) deny('Every change carries when it was made (editedAt).');
  if (kind === 'lock') {
    if (newDoc.holder !== userCtx.name) deny('A check-out is taken only in the taker\\'s own name.');
    var live = oldDoc && !oldDoc._deleted && Date.parse(oldDoc.expires) > Date.now();
    if (live && oldDoc.holder !== userCtx.name && !chief) deny('Checked out by ' + oldDoc.holder + ' since ' + oldDoc.since + '.');
    return;
  }
  if (oldDoc && !oldDoc._deleted && oldDoc.createdBy && newDoc.createdBy !== oldDoc.createdBy) deny('Who made a document (createdBy) never changes.');
  if (!oldDoc && newDoc.createdBy !== userCtx.name && !admin) deny('A new document is made in its author\\'s own name.');
  if (kind === 'story') {
    if (writer) return;
    if (has('proofreader') && oldDoc && !oldDoc._deleted) {
      var a = JSON.parse(JSON.stringify(newDoc.fields)); var b = JSON.parse(JSON.stringify(oldDoc.fields));
      delete a.status; delete b.status; delete a.flags; delete b.flags;
      if (same(a, b) && newDoc.deletedAt === oldDoc.deletedAt) return;
      deny('A proofreader cannot change a story\\'s text; add a proof mark or a suggestion instead.');
    }
    deny('This user may not write stories (roles: ' + roles.join(', ') + ').');
  }
  if (kind === 'page') {
    if (chief || has('page_editor')) return;
    deny('Only page editors change pages.');
  }
  if (kind === 'mark') {
    if (!oldDoc || oldDoc._deleted || oldDoc.createdBy === userCtx.name || admin) return;
    var fixed = ['storyId', 'kind', 'text', 'body', 'author', 'round', 'replyTo'];
    for (var i = 0; i < fixed.length; i++) {
      if (!same(newDoc[fixed[i]], oldDoc[fixed[i]])) deny('Only ' + oldDoc.createdBy + ' may rewrite this proof mark; others may decide it.');
    }
    return;
  }
  if (kind === 'revision' || kind === 'status' || kind === 'assignment') {
    if (oldDoc && !oldDoc._deleted && !admin) {
      var mine = JSON.parse(JSON.stringify(newDoc)); var theirs = JSON.parse(JSON.stringify(oldDoc));
      delete mine._rev; delete theirs._rev; delete mine._revisions; delete theirs._revisions; delete mine.editedBy; delete theirs.editedBy; delete mine.editedAt; delete theirs.editedAt;
      if (!same(mine, theirs)) deny('History and assignments are never rewritten; make a new one.');
    }
    if (kind === 'assignment') {
      if (newDoc.assignedBy !== userCtx.name && !admin) deny('An assignment is made in its maker\\'s own name.');
      var routed = newDoc.kind === 'story' && newDoc.status && (writer || has('proofreader'));
      if (newDoc.kind === 'page' && !(chief || has('editor') || has('page_editor'))) deny('Only editors, page editors and 总编室 assign pages.');
      if (newDoc.kind === 'story' && !(chief || has('editor') || routed)) deny('Only editors and 总编室 assign stories (a status change may route a story to its next person).');
      return;
    }
    if (!writer && !has('proofreader') && !has('page_editor')) deny('This user may not change stories (roles: ' + roles.join(', ') + ').');
    return;
  }
  if (kind === 'photo' || kind === 'preview') {
    if (!writer && !has('page_editor')) deny('Only reporters, editors and page editors add photos.');
    if (newDoc.sha256 !== id.slice(kind.length + 1)) deny('A photo is named by its SHA-256.');
    if (oldDoc && !oldDoc._deleted && oldDoc.byteSize !== newDoc.byteSize) deny('A photo never changes: its name is its content\\'s hash.');
    return;
  }
  if (kind === 'directory') return;
  deny('Unknown document type ' + kind + '.');
}`;
