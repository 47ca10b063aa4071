//! The roster screen through `iced_test`'s simulator: welcome, add, edit,
//! search, import, and what happens when saving fails.

mod common;

use common::sample_educator;
use common::ui::{click, open_app, press, settle, shows, shows_text_where, type_into};
use teacher_eval::files::folders::Folders;
use teacher_eval::record::Educator;
use teacher_eval::ui::{App, Message};
use teacher_eval::workspace::Workspace;

fn folders(dir: &tempfile::TempDir) -> Folders {
    Folders {
        workspace: dir.path().join("ws"),
        rubric_dirs: vec![],
    }
}

fn on_disk(dir: &tempfile::TempDir) -> Vec<Educator> {
    Workspace::open_read_only(&dir.path().join("ws"), "test")
        .expect("workspace exists")
        .load()
        .educators
}

/// Fills the add-educator form the way a principal would.
fn fill_form(app: &mut App, name: &str, school: &str) {
    type_into(app, "Full name, as it should appear on reports", name);
    type_into(app, "School name", school);
    click(app, "Middle");
    type_into(app, "e.g. Grade 7 Science", "Grade 7 Science");
}

#[test]
fn an_empty_workspace_welcomes_and_loads_the_demo() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut app = open_app(folders(&dir));
    assert!(shows(&app, "Welcome to teacher-eval"));
    click(&mut app, "Load demo data");
    let contents = app.contents().expect("open");
    assert_eq!(contents.educators.len(), 24);
    assert!(!contents.observations.is_empty());
    assert!(shows(&app, "24 educators"));
    assert_eq!(on_disk(&dir).len(), 24);
}

#[test]
fn adding_an_educator_saves_it_and_shows_it() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut app = open_app(folders(&dir));
    click(&mut app, "Add the first educator");
    fill_form(&mut app, "Małgorzata Wójcik", "Jefferson Middle School");
    click(&mut app, "Save");

    let saved = on_disk(&dir);
    assert_eq!(saved.len(), 1, "saved to the workspace");
    let e = &saved[0];
    assert_eq!(e.name, "Małgorzata Wójcik");
    assert_eq!(e.school, "Jefferson Middle School");
    assert_eq!(e.role, "teacher");
    assert_eq!(e.rubric_id, "danielson-2013");
    assert_eq!(app.roster().selected(), Some(e.id.as_str()));
    assert!(shows(&app, "Małgorzata Wójcik"));
    assert!(shows(&app, "Observations (0)"));
}

#[test]
fn a_form_with_a_missing_field_says_so_and_keeps_the_text() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut app = open_app(folders(&dir));
    click(&mut app, "Add the first educator");
    type_into(
        &mut app,
        "Full name, as it should appear on reports",
        "Søren Kjær",
    );
    click(&mut app, "Save");
    assert!(shows(&app, "No school is given for Søren Kjær."));
    assert!(shows(&app, "Søren Kjær"), "the typed name is still there");
    assert!(on_disk(&dir).is_empty());
}

#[test]
fn a_failed_save_keeps_every_field_and_can_be_retried() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut app = open_app(folders(&dir));
    // Make saving impossible: a file where the educators folder should be.
    let educators = dir.path().join("ws/educators");
    std::fs::remove_dir(&educators).expect("rmdir");
    std::fs::write(&educators, "in the way").expect("file");

    click(&mut app, "Add the first educator");
    fill_form(&mut app, "Hélène Lefèvre", "Pine Hollow Middle School");
    click(&mut app, "Save");
    assert!(shows(&app, "Hélène Lefèvre"), "the name is kept");
    assert!(
        shows(&app, "Pine Hollow Middle School"),
        "the school is kept"
    );
    assert!(
        shows_text_where(&app, |t| t.starts_with("Not saved:")
            && t.contains("could not be saved")),
        "the failure is said in words"
    );

    // Fix the folder and press Save again: nothing was lost.
    std::fs::remove_file(&educators).expect("rm");
    std::fs::create_dir(&educators).expect("mkdir");
    click(&mut app, "Save");
    let saved = on_disk(&dir);
    assert_eq!(saved.len(), 1);
    assert_eq!(saved[0].name, "Hélène Lefèvre");
}

#[test]
fn editing_changes_the_record_and_keeps_its_id() {
    let dir = tempfile::tempdir().expect("tempdir");
    {
        let ws = Workspace::open(&dir.path().join("ws")).expect("open");
        ws.create(&sample_educator("edu-000000000001", "Ingrid Lindqvist"))
            .expect("save");
    }
    let mut app = open_app(folders(&dir));
    click(&mut app, "Ingrid Lindqvist");
    click(&mut app, "Edit");
    // The simulator types at the end of a field; replace the school outright.
    settle(
        &mut app,
        Message::Roster(teacher_eval::ui::roster::Message::Field(
            teacher_eval::ui::roster::Field::School,
            "Lincoln Park Elementary".into(),
        )),
    );
    click(&mut app, "Save");
    let saved = on_disk(&dir);
    assert_eq!(saved.len(), 1);
    assert_eq!(saved[0].id, "edu-000000000001");
    assert_eq!(saved[0].school, "Lincoln Park Elementary");
    assert!(saved[0].changed > saved[0].created);
}

#[test]
fn search_narrows_the_list() {
    let dir = tempfile::tempdir().expect("tempdir");
    {
        let ws = Workspace::open(&dir.path().join("ws")).expect("open");
        ws.create(&sample_educator("edu-000000000001", "Ingrid Lindqvist"))
            .expect("save");
        ws.create(&sample_educator("edu-000000000002", "Nguyễn Thị Hương"))
            .expect("save");
    }
    let mut app = open_app(folders(&dir));
    assert!(shows(&app, "2 educators"));
    type_into(&mut app, "Search by name, school, subject…", "nguyễn");
    assert!(shows(&app, "1 of 2 educators"));
    assert!(shows(&app, "Nguyễn Thị Hương"));
    assert!(!shows(&app, "Ingrid Lindqvist"));
}

#[test]
fn importing_a_roster_from_the_window() {
    let dir = tempfile::tempdir().expect("tempdir");
    let csv = dir.path().join("roster.csv");
    std::fs::write(
        &csv,
        "name,school,role,level\nJoão Gonçalves,Harbor View High School,teacher,high\nBad Row,Somewhere,teacher,college\n",
    )
    .expect("write");
    let mut app = open_app(folders(&dir));
    click(&mut app, "Import a roster");
    type_into(
        &mut app,
        "Path to the roster: a CSV file, or a OneRoster zip or folder",
        &csv.display().to_string(),
    );
    click(&mut app, "Read roster");
    assert!(on_disk(&dir).is_empty(), "nothing is written before Import");
    click(&mut app, "Import");
    assert!(shows(
        &app,
        "Imported 1 educator; 1 row with problems not imported."
    ));
    assert!(shows(
        &app,
        "Line 3: the school level `college` is not one of elementary, middle, high, other"
    ));
    let saved = on_disk(&dir);
    assert_eq!(saved.len(), 1);
    assert_eq!(saved[0].name, "João Gonçalves");
    assert!(
        shows(&app, "João Gonçalves"),
        "the list shows the new educator"
    );
}

#[test]
fn a_oneroster_zip_is_previewed_and_imported_with_its_staff_only() {
    use std::io::Write as _;
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("oneroster.zip");
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    for (name, text) in [
        (
            "manifest.csv",
            "propertyName,value\noneroster.version,1.1\n",
        ),
        (
            "orgs.csv",
            "sourcedId,name,type\ns1,Harbor View High School,school\n",
        ),
        (
            "users.csv",
            "sourcedId,enabledUser,orgSourcedIds,role,givenName,familyName\n\
             u1,true,s1,student,Pupil,Quartzwood\n\
             u2,true,s1,teacher,João,Gonçalves\n",
        ),
    ] {
        zip.start_file(name, zip::write::SimpleFileOptions::default())
            .expect("entry");
        zip.write_all(text.as_bytes()).expect("write");
    }
    std::fs::write(&path, zip.finish().expect("zip").into_inner()).expect("write");
    let mut app = open_app(folders(&dir));
    click(&mut app, "Import a roster");
    type_into(
        &mut app,
        "Path to the roster: a CSV file, or a OneRoster zip or folder",
        &path.display().to_string(),
    );
    click(&mut app, "Read roster");
    assert!(shows(&app, "Gonçalves"), "the teacher is in the preview");
    assert!(!shows(&app, "Quartzwood"), "the student is not");
    click(&mut app, "Import");
    assert!(shows(&app, "Imported 1 educator."));
    let saved = on_disk(&dir);
    assert_eq!(saved.len(), 1);
    assert_eq!(saved[0].name, "João Gonçalves");
    assert_eq!(saved[0].roster_ids.sourced_id, "u2");
}

#[test]
fn files_that_cannot_be_read_are_named_in_the_window() {
    let dir = tempfile::tempdir().expect("tempdir");
    {
        let ws = Workspace::open(&dir.path().join("ws")).expect("open");
        ws.create(&sample_educator("edu-000000000001", "Readable"))
            .expect("save");
    }
    std::fs::write(
        dir.path().join("ws/educators/edu-000000000002.ron"),
        "Educator(",
    )
    .expect("write");
    let app = open_app(folders(&dir));
    assert!(shows(
        &app,
        "1 file in the workspace could not be read. It is kept exactly as found and not loaded; the rest loaded normally:"
    ));
    assert!(shows(&app, "Readable"));
}

#[test]
fn a_workspace_open_elsewhere_is_read_only_and_says_so() {
    let dir = tempfile::tempdir().expect("tempdir");
    let holder = Workspace::open(&dir.path().join("ws")).expect("open");
    holder
        .create(&sample_educator("edu-000000000001", "Held"))
        .expect("save");
    let mut app = open_app(folders(&dir));
    assert_eq!(app.title(), "teacher-eval (read-only)");
    assert!(shows_text_where(&app, |t| t
        .starts_with("Read-only: it is open in another teacher-eval")));
    click(&mut app, "Held");
    click(&mut app, "Edit");
    click(&mut app, "Save");
    assert!(shows(&app, "Held"), "the form and its text stay");
    assert!(shows_text_where(&app, |t| t.contains("open read-only")));
}

#[test]
fn an_educator_without_a_subject_is_listed_without_a_dangling_separator() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut app = open_app(folders(&dir));
    click(&mut app, "Add the first educator");
    type_into(
        &mut app,
        "Full name, as it should appear on reports",
        "Aroha Ngata",
    );
    type_into(&mut app, "School name", "Lincoln Elementary");
    click(&mut app, "Elementary");
    click(&mut app, "Save");
    assert_eq!(on_disk(&dir).len(), 1);
    assert!(shows(&app, "Lincoln Elementary"), "the school alone");
    assert!(!shows_text_where(&app, |t| t.ends_with(" \u{b7} ") || t.ends_with(" \u{b7}")));
}

/// The export, with a title nobody's rule knows: the panel shows
/// each column's field over the first rows, the value to assign and the
/// counts; choices plan again; Esc cancels and writes nothing; Enter imports.
#[test]
fn a_roster_import_shows_the_mapping_and_writes_only_on_import() {
    use teacher_eval::record::roster::Field;
    use teacher_eval::ui::roster::Message as RosterMessage;
    use teacher_eval::ui::roster::import::{self, FieldChoice, ValueChoice};

    let dir = tempfile::tempdir().expect("tempdir");
    {
        let ws = Workspace::open(&dir.path().join("ws")).expect("open");
        let mut amara = sample_educator("edu-000000000001", "Amara Okafor");
        amara.school = "Maple Grove Elementary".into();
        ws.create(&amara).expect("save");
    }
    let csv = dir.path().join("export.csv");
    std::fs::write(
        &csv,
        "First Name;Last Name;School;Title;Grade Level;Notes\n\
         Amara;Okafor;Maple Grove Elementary;Instructional Technology Specialist;K-5;\n\
         Kwame;Mensah;Jefferson Middle School;Instructional Coach;6-8;mentor\n\
         Zoë;Brontë;Jefferson Middle School;Teacher;6-8;\n",
    )
    .expect("write");
    let before = on_disk(&dir);
    let mut app = open_app(folders(&dir));
    click(&mut app, "Import roster…");
    type_into(
        &mut app,
        "Path to the roster: a CSV file, or a OneRoster zip or folder",
        &csv.display().to_string(),
    );
    click(&mut app, "Read roster");
    for said in [
        "First Name",
        // Shown only when first and last name columns are both read so.
        "Names in two columns are joined",
        "ignored (not a column known)",
        "Kwame",
        "mentor",
        "Values to assign",
        "role `Instructional Coach`: 1 row, first on line 3",
        "New: 1   Updated: 1   Unchanged: 0   Skipped (archived): 0   Rows with problems: 1   No longer in the roster: 0",
        "✓ Save the changes listed (1)",
    ] {
        assert!(shows(&app, said), "{said:?} is shown");
    }
    let send = |app: &mut App, message: import::Message| {
        settle(app, Message::Roster(RosterMessage::Import(message)));
    };
    send(
        &mut app,
        import::Message::Value(
            "Instructional Coach".into(),
            ValueChoice {
                target: "edtech-coordinator".into(),
                said: "Educational technology coordinator".into(),
            },
        ),
    );
    assert!(shows(
        &app,
        "New: 2   Updated: 1   Unchanged: 0   Skipped (archived): 0   Rows with problems: 0   No longer in the roster: 0"
    ));
    // Notes as the subject, chosen from the column's list.
    send(
        &mut app,
        import::Message::Column(5, FieldChoice(Some(Field::Subject))),
    );
    assert!(shows(&app, "subject (chosen)"));

    press(&mut app, iced::keyboard::key::Named::Escape);
    assert!(!shows(&app, "Values to assign"), "cancelled");
    assert_eq!(on_disk(&dir), before, "Esc wrote nothing");

    click(&mut app, "Read roster");
    press(&mut app, iced::keyboard::key::Named::Enter);
    assert!(shows(&app, "Imported 2 educators; 1 updated."));
    let saved = on_disk(&dir);
    assert_eq!(saved.len(), 3);
    let amara = saved
        .iter()
        .find(|e| e.name == "Amara Okafor")
        .expect("kept");
    assert_eq!(amara.role, "edtech-coordinator");
    assert_eq!(amara.id, "edu-000000000001", "updated, not added twice");
    let kwame = saved
        .iter()
        .find(|e| e.name == "Kwame Mensah")
        .expect("added");
    assert_eq!(kwame.subject, "mentor");
    assert_eq!(kwame.role, "edtech-coordinator");
}
