use super::*;

fn table(text: &str) -> Entities {
    Entities::from_texts([text])
}

#[test]
fn a_mention_as_written_leaves_the_sentence_before_the_name() {
    assert_eq!(as_written("But Mr Peston"), "Mr Peston");
    assert_eq!(as_written("Harrogate Mr Kennedy"), "Mr Kennedy");
    assert_eq!(as_written("Meanwhile the chancellor"), "the chancellor");
    assert_eq!(as_written("The chancellor"), "The chancellor");
    assert_eq!(as_written("Labour MP Mr Ode"), "Labour MP Mr Ode");
    assert_eq!(as_written("Ann Lee"), "Ann Lee");
    assert_eq!(as_written("But"), "But");
}

#[test]
fn roles_before_and_after_names() {
    let t = table(
            "Transport chief Dame Nora Pike met Mayor Ali Reza. Sam Ode, the city's former housing adviser, agreed. Wales's first minister Cai Bryn spoke.",
        );
    let names: Vec<&str> = t.people.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(names, vec!["Nora Pike", "Ali Reza", "Sam Ode", "Cai Bryn"]);
    assert_eq!(t.people[0].roles, vec!["Transport chief"]);
    assert_eq!(t.people[0].gender, Some(Gender::Female));
    assert_eq!(t.people[1].roles, vec!["Mayor"]);
    assert_eq!(t.people[2].roles, vec!["city's former housing adviser"]);
    assert_eq!(t.people[3].roles, vec!["Wales's first minister"]);
}

#[test]
fn a_nationality_before_a_name_is_no_part_of_it() {
    let t = table("The paper said Australian Lynton Crosby had advised the party.");
    let names: Vec<&str> = t.people.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(names, vec!["Lynton Crosby"]);
}

#[test]
fn a_name_ending_another_is_the_same_person() {
    let t = table(
            "Emma Roma Jayne lost weight. Roma Jayne said so. Craig Le Clair spoke. Le Clair agreed. Jamil Al Saadouni and Abu Hassan Amer waited. Loretta Lynch and Loretta E. Lynch met.",
        );
    let names: Vec<&str> = t.people.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(
        names,
        vec![
            "Emma Roma Jayne",
            "Craig Le Clair",
            "Jamil Al Saadouni",
            "Abu Hassan Amer",
            "Loretta Lynch"
        ]
    );
    let mut r = Resolver::new(t);
    assert_eq!(
        r.resolve("Roma Jayne").speaker.as_deref(),
        Some("Emma Roma Jayne")
    );
}

#[test]
fn first_names_tell_gender_but_unisex_ones_do_not() {
    assert_eq!(first_name_gender("Kamala"), Some(Gender::Female));
    assert_eq!(first_name_gender("Leonard"), Some(Gender::Male));
    for unisex in ["Terry", "Jordan", "Kim", "Ashley"] {
        assert_eq!(first_name_gender(unisex), None, "{unisex}");
    }
    // A caucus is no person, whatever its first word.
    assert!(table("The Montana Freedom Caucus met.").people.is_empty());
}

#[test]
fn an_initial_without_its_dot_stays_in_the_name() {
    let t = table("Bernard P Achampong runs a studio. What I Learned About Sound is his book.");
    let names: Vec<&str> = t.people.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(names, vec!["Bernard P Achampong"]);
}

#[test]
fn places_and_groups_are_not_people() {
    let t =
        table("The Harbour Council met in North Fenwick. The Green Party and Rail Office agreed.");
    assert!(t.people.is_empty(), "{:?}", t.people);
}

#[test]
fn a_relative_met_by_first_name_takes_the_full_name_given_later() {
    let t = table("His wife, Jane, spoke first. Later Jane Quill agreed. His son Tom stayed.");
    let names: Vec<(&str, Option<Gender>)> = t
        .people
        .iter()
        .map(|p| (p.name.as_str(), p.gender))
        .collect();
    assert_eq!(
        names,
        [
            ("Jane Quill", Some(Gender::Female)),
            ("Tom", Some(Gender::Male))
        ]
    );
}

#[test]
fn a_headline_repeated_in_the_text_is_no_person() {
    let mut r = Resolver::new(table(
        "Quill Hits Ost on Rail Support\n\nHARWICK: Senator Mina Ost spoke on Monday.",
    ));
    let names: Vec<&str> = r.entities.people.iter().map(|p| p.name.as_str()).collect();
    assert!(!names.contains(&"Quill Hits Ost"), "{names:?}");
    assert_eq!(r.resolve("Ost").speaker.as_deref(), Some("Mina Ost"));
}

#[test]
fn a_country_is_not_the_person_it_is_a_first_name_of() {
    let mut r = Resolver::new(table("Israel Katz spoke. Azmat Begg replied."));
    assert_ne!(r.resolve("Israel").speaker.as_deref(), Some("Israel Katz"));
    assert_eq!(r.resolve("Azmat").speaker.as_deref(), Some("Azmat Begg"));
}

#[test]
fn honorifics_and_surnames() {
    let mut r = Resolver::new(table("Sir Ravi Menon spoke. Ms Okoro Dunne replied."));
    assert_eq!(r.resolve("Sir Ravi").speaker.as_deref(), Some("Ravi Menon"));
    assert_eq!(
        r.resolve("Ms Dunne").speaker.as_deref(),
        Some("Okoro Dunne")
    );
    assert_eq!(r.resolve("Menon").speaker.as_deref(), Some("Ravi Menon"));
    assert_eq!(r.entities.people[1].gender, Some(Gender::Female));
}

#[test]
fn a_title_word_after_mr_or_ms_is_a_surname() {
    let mut r = Resolver::new(table("Tom Bishop and Mary King spoke."));
    assert_eq!(
        r.resolve("Mr. Bishop").speaker.as_deref(),
        Some("Tom Bishop")
    );
    assert_eq!(r.resolve("Ms King").speaker.as_deref(), Some("Mary King"));
}

#[test]
fn a_surname_that_is_also_a_function_word() {
    let mut r = Resolver::new(table("Columnist Tom Will wrote again."));
    assert_eq!(r.resolve("Will").speaker.as_deref(), Some("Tom Will"));
    assert_eq!(r.resolve("While Will").speaker.as_deref(), Some("Tom Will"));
    let mut r = Resolver::new(table("Tennis star Mary Jo King spoke."));
    assert_eq!(r.resolve("King").speaker.as_deref(), Some("Mary Jo King"));
}

#[test]
fn a_hyphenated_office_is_a_title() {
    let t = table("Harbour Pilots Union Secretary-Treasurer Olu Brandt spoke.");
    let names: Vec<&str> = t.people.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(names, vec!["Olu Brandt"]);
    let t = table("Port Gazette Editor-in-Chief Olu Brandt spoke.");
    let names: Vec<&str> = t.people.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(names, vec!["Olu Brandt"]);
}

#[test]
fn a_generation_suffix_keeps_the_person_and_their_surname() {
    let mut r = Resolver::new(table("Sen. Olu P. Brandt Jr. spoke at the port."));
    let names: Vec<&str> = r.entities.people.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(names, vec!["Olu P. Brandt"]);
    assert_eq!(
        r.resolve("Sen. Olu P. Brandt Jr").speaker.as_deref(),
        Some("Olu P. Brandt")
    );
    assert_eq!(
        r.resolve("Mr. Brandt").speaker.as_deref(),
        Some("Olu P. Brandt")
    );
}

#[test]
fn neither_and_either_open_no_name() {
    let t = table("Neither Olu Brandt nor Ana Ruiz spoke. Either Tom Ode or Bo Chan will.");
    let names: Vec<&str> = t.people.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(names, vec!["Olu Brandt", "Ana Ruiz", "Tom Ode", "Bo Chan"]);
}

#[test]
fn words_run_together_are_no_name() {
    let mut r = Resolver::new(table("Ana McDonald and Tom DeSantis spoke."));
    assert_eq!(
        r.resolve("McDonald").speaker.as_deref(),
        Some("Ana McDonald")
    );
    assert_eq!(r.resolve("UneBougiePourHove").speaker, None);
    assert_eq!(r.resolve("Olu BrandtFlagShareLike Ruiz").speaker, None);
}

#[test]
fn pronouns_follow_gendered_salience() {
    let mut r = Resolver::new(table("Mrs Ada Vale met Mr Tom Hale."));
    let ada = r.resolve("Mrs Ada Vale");
    r.note_speaker(&ada);
    r.note_subject(1);
    assert_eq!(r.resolve("she").speaker.as_deref(), Some("Ada Vale"));
    assert_eq!(r.resolve("he").speaker.as_deref(), Some("Tom Hale"));
    assert_eq!(r.resolve("they").speaker, None);
}

#[test]
fn capital_titles_stand_for_the_latest_speaker_and_are_remembered() {
    let mut r = Resolver::new(table("Ada Vale will speak."));
    let ada = r.resolve("Ada Vale");
    r.note_speaker(&ada);
    let t = r.resolve("the Home Secretary");
    assert_eq!(t.speaker.as_deref(), Some("Ada Vale"));
    assert_eq!(r.resolve("Home Sec").speaker.as_deref(), Some("Ada Vale"));
    assert_eq!(r.resolve("a spokesman").speaker, None);
}

#[test]
fn a_title_never_goes_to_someone_holding_another_office() {
    let mut r = Resolver::new(table("Labour leader Sir Ravi Menon spoke."));
    let ravi = r.resolve("Sir Ravi Menon");
    r.note_speaker(&ravi);
    assert_eq!(r.resolve("the Prime Minister").speaker, None);
}

#[test]
fn unlisted_sources_are_kept_as_written() {
    let mut r = Resolver::new(Entities::default());
    assert_eq!(r.resolve("Graham").speaker.as_deref(), Some("Graham"));
    assert_eq!(r.resolve("the minister").speaker, None);
}

#[test]
fn words_that_only_open_sentences_are_marked() {
    let t = Entities::from_texts([
        "Stranded drivers may \"apply\" again. Quillby said so.",
        "- Tenants must show a \"plan\".",
        "The warden met Quillby and Rotherwood Rail. Aides spoke.",
        "Dinghy Makers Get Grants In Bold Scheme",
    ]);
    assert!(t.only_initial("Stranded"));
    assert!(t.only_initial("Tenants"));
    assert!(t.only_initial("Aides"));
    // Met mid-sentence too: a name. A title-case headline shows nothing.
    assert!(!t.only_initial("Quillby"));
    assert!(!t.only_initial("Makers"));
    assert!(!t.only_initial("Grants"));
    let mut r = Resolver::new(t);
    let got = r.resolve("Tenants");
    assert_eq!(got.how, "sentence-initial");
    assert_eq!(got.speaker.as_deref(), Some("Tenants"));
    assert_eq!(r.resolve("Quillby").how, "source");
}

#[test]
fn descriptions_before_a_name_are_dropped() {
    let mut r = Resolver::new(Entities::default());
    let got = r.resolve("Harbour ally James Pell");
    assert_eq!(got.speaker.as_deref(), Some("James Pell"));
    assert_eq!(r.resolve("Friday").speaker, None);
    assert_eq!(r.resolve("Unfortunately").speaker, None);
    // `Date: Wed, 6 Feb 2002`: a header's abbreviated day and month.
    assert_eq!(r.resolve("Wed").speaker, None);
    assert_eq!(r.resolve("Feb").speaker, None);
    // A contraction opens a sentence; members of a body are many people.
    assert_eq!(r.resolve("I'd").speaker, None);
    assert_eq!(r.resolve("We\u{2019}re").speaker, None);
    assert_eq!(r.resolve("MPs").speaker, None);
    assert_eq!(r.resolve("NATO").speaker.as_deref(), Some("NATO"));
}

#[test]
fn a_shared_surname_goes_to_the_salient_holder() {
    let mut r = Resolver::new(table("Ann Vale and Tom Vale arrived."));
    r.note_subject(1);
    assert_eq!(r.resolve("Vale").speaker.as_deref(), Some("Tom Vale"));
}

#[test]
fn a_lone_first_name_is_its_only_holder() {
    let mut r = Resolver::new(table("Azmat Begg and Ann Vale arrived. Tom Azmat left."));
    // "Azmat" is a surname here too: the surname wins.
    assert_eq!(r.resolve("Azmat").speaker.as_deref(), Some("Tom Azmat"));
    assert_eq!(r.resolve("Ann").speaker.as_deref(), Some("Ann Vale"));
    let mut r = Resolver::new(table("Ann Vale and Ann Lee arrived."));
    assert_eq!(r.resolve("Ann").person, None);
}

#[test]
fn name_index_maps_unique_surnames_only() {
    let idx = NameIndex::new([
        "Liz Truss",
        "Boris Johnson",
        "Lyndon Johnson",
        "Ms Liz Truss",
    ]);
    assert_eq!(idx.canonicalize("Truss"), "Liz Truss");
    assert_eq!(idx.canonicalize("Ms Truss"), "Liz Truss");
    assert_eq!(idx.canonicalize("Johnson"), "Johnson");
    assert_eq!(idx.canonicalize("Boris Johnson"), "Boris Johnson");
    assert_eq!(idx.canonicalize("Nobody"), "Nobody");
    assert_eq!(canonicalize(&["Ada Vale"], "Vale"), "Ada Vale");
}

#[test]
fn words_keep_possessives_and_initials() {
    let ws: Vec<&str> = words("Johnson\u{2019}s plan, J. Smith's U.S. trip.")
        .iter()
        .map(|w| w.text)
        .collect();
    assert_eq!(
        ws,
        vec!["Johnson\u{2019}s", "plan", "J.", "Smith's", "U.S.", "trip"]
    );
}

#[test]
fn new_opening_a_name_is_part_of_it() {
    let mut r = Resolver::new(table("Jo Bell spoke."));
    let paper = r.resolve("the New York Ledger");
    assert_eq!(paper.speaker.as_deref(), Some("New York Ledger"));
    assert_eq!(paper.how, "source");
    assert_eq!(
        r.resolve("New Zealand Prime Minister Cara Wynn")
            .speaker
            .as_deref(),
        Some("Cara Wynn")
    );
}

#[test]
fn an_indefinite_description_names_nobody() {
    let mut r = Resolver::new(table("Senator Gil Marrow of Ohio spoke."));
    for m in [
        "a New Harbour Democrat",
        "an Ohio Republican",
        "a senator",
        "A Marrow aide",
        "One Republican senator",
        "another senator",
    ] {
        assert_eq!(r.resolve(m).speaker, None, "{m}");
        assert_eq!(r.resolve(m).how, "unnamed", "{m}");
    }
}

#[test]
fn arabic_articles_and_run_together_initials_stay_in_the_name() {
    let t = table(
        "President Bashar al-Harazi spoke. Abdel Fattah el-Murad agreed. Evans J.R. Pellow, a fellow, disagreed. Later U.S. Army officers came.",
    );
    let names: Vec<&str> = t.people.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(
        names,
        vec![
            "Bashar al-Harazi",
            "Abdel Fattah el-Murad",
            "Evans J.R. Pellow"
        ]
    );
    let mut r = Resolver::new(t);
    for (mention, who) in [
        ("Harazi", "Bashar al-Harazi"),
        ("Al-Harazi", "Bashar al-Harazi"),
        ("al-Harazi", "Bashar al-Harazi"),
        ("Murad", "Abdel Fattah el-Murad"),
        ("Pellow", "Evans J.R. Pellow"),
    ] {
        assert_eq!(
            r.resolve(mention).speaker.as_deref(),
            Some(who),
            "{mention}"
        );
    }
}

#[test]
fn someone_or_others_name_nobody() {
    let mut r = Resolver::new(table("Rick Perry spoke first."));
    for m in ["Someone", "others", "Everyone", "some"] {
        assert_eq!(r.resolve(m).speaker, None, "{m}");
    }
    // "Had", "Has", "Have" opening a question are no part of the name after them.
    let t = table("Had Dara Quill kept his word? Has Obama done so?");
    let names: Vec<&str> = t.people.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(names, vec!["Dara Quill"]);
}
