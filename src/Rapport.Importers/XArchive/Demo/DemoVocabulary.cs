namespace Rapport.Importers.XArchive.Demo;

/// <summary>The words the demo archive is made of: interests, names, places, chats and small talk.</summary>
internal static class DemoVocabulary
{
    public static readonly DemoInterest[] Interests =
    [
        new("coffee", "coffee", "☕",
            ["Coffee snob", "Pour-over evangelist", "Runs on espresso", "Home barista"],
            ["Switched to a slower pour-over this week and the bloom is so much better", "Trying a washed Ethiopian & it tastes like blueberries", "Hot take: the grinder matters more than the machine", "Found a tiny roaster two streets away, dangerously close"],
            ["coffeegeek.com/guides/pour-over", "baristahustle.com/blog/grind-size", "sprudge.com/best-new-roasters"]),
        new("running", "running", "🏃",
            ["Marathoner", "Slow runner, happy runner", "Chasing a sub-4 marathon", "Trail runner"],
            ["Easy 10k this morning, legs finally feel fresh again", "Long run done: 28k in the rain & I loved every minute", "Reminder that zone 2 runs are supposed to feel too slow", "New shoes day. Counting the km until they are broken in"],
            ["runnersworld.com/training/zone-2", "strava.com/articles/long-run-tips", "marathonhandbook.com/taper-guide"]),
        new("dogs", "dogs", "🐶",
            ["Dog mom to a rescue mutt", "Dog dad", "Corgi person", "Fosters senior dogs"],
            ["The dog has decided the new couch is hers now, and honestly fair", "Morning walk report: two squirrels, zero catches, one very proud dog", "If you are thinking about adopting a senior dog: do it", "Puppy class graduate! Sit is solid, stay is a work in progress"],
            ["akc.org/expert-advice/training", "petfinder.com/adopt-senior-dogs", "barkpost.com/good-dog-stories"]),
        new("SaaS marketing", "SaaSmarketing", "| SaaS",
            ["SaaS marketer", "B2B SaaS growth", "Product marketing at a SaaS startup", "Demand gen nerd"],
            ["Our best-converting landing page has the fewest words on it", "Churn is a marketing problem more often than we admit", "Ran the numbers: webinar leads close 2x faster than ebook leads", "Positioning > features. Every single time"],
            ["saastr.com/positioning-that-works", "lennysnewsletter.com/p/activation", "hubspot.com/marketing-statistics"]),
        new("photography", "photography", "📷",
            ["Amateur photographer", "Shoots film on weekends", "Street photography", "Landscape photographer"],
            ["Golden hour at the harbour tonight, no filter needed", "Developed my first roll of Portra in years & the colours are unreal", "The best camera is the one you actually carry", "Spent the morning learning the zone system. Brain full"],
            ["petapixel.com/composition-rules", "35mmc.com/film-guide", "digitalphotographyschool.com/golden-hour"]),
        new("gardening", "gardening", "🌱",
            ["Gardener", "Grows too many tomatoes", "Allotment keeper", "Native plants fan"],
            ["First tomatoes of the year! Only 47 more to go", "Planted a pollinator strip along the fence & the bees found it in a day", "Compost is just slow magic", "The slugs have declared war on my lettuce"],
            ["rhs.org.uk/advice/grow-your-own", "gardenersworld.com/how-to/compost", "almanac.com/planting-calendar"]),
        new("content marketing", "contentmarketing", "✍️",
            ["Content strategist", "Writes for the web", "Newsletter writer", "Editor at heart"],
            ["A content calendar is a promise you make to your future self", "Repurposed one long post into 6 threads & a newsletter issue", "Write the headline last. Always", "Nobody reads your blog for your product. They read it for their problem"],
            ["contentmarketinginstitute.com/articles/editorial-calendar", "copyblogger.com/headline-formulas", "orbitmedia.com/blog/blogging-statistics"]),
        new("baking", "baking", "🍞",
            ["Sourdough hobbyist", "Weekend baker", "Bakes to procrastinate", "Cinnamon roll enthusiast"],
            ["Day 3 of the new sourdough starter. His name is Clint Yeastwood", "Finally nailed the ear on this loaf", "Brown butter makes everything better, I will not be taking questions", "Baked focaccia for the team & now I am their favourite coworker"],
            ["kingarthurbaking.com/recipes/sourdough", "theperfectloaf.com/beginner-guide", "seriouseats.com/cookie-science"]),
        new("cycling", "cycling", "🚲",
            ["Bike commuter", "Gravel rider", "Weekend cyclist", "Bikes everywhere"],
            ["Commuted by bike all week & arrived happier every single day", "Gravel loop through the hills: 80k, 1200m up, 3 flats", "Bike lanes are the best infrastructure money can buy", "Cleaned the chain. It is a whole new bike"],
            ["bikeradar.com/advice/gravel", "cyclingtips.com/commuting-guide", "bicycling.com/training/plans"]),
        new("UX design", "UXdesign", "| UX",
            ["UX designer", "Designs calm software", "Research first", "Product designer"],
            ["Five user interviews this week & every one of them broke an assumption", "Good empty states are underrated onboarding", "If it needs a tooltip, it might need a redesign", "Accessibility is not an edge case"],
            ["nngroup.com/articles/empty-state", "uxdesign.cc/research-ops", "smashingmagazine.com/accessible-forms"]),
        new("podcasting", "podcasting", "🎙️",
            ["Podcaster", "Hosts a small podcast", "Audio nerd", "Interviews founders"],
            ["New episode is up: we talk about building in public", "Upgraded the mic & my co-host noticed in 10 seconds", "Editing an hour of audio takes 3 hours, every time", "Guest booked for next week & I am so excited"],
            ["transistor.fm/blog/launch", "podnews.net/article/growth", "buzzsprout.com/blog/podcast-equipment"]),
        new("hiking", "hiking", "🥾",
            ["Hiker", "Happiest on a trail", "Peak bagger", "Long-distance walker"],
            ["Summit views today were worth every switchback", "Packed too many snacks, which is the correct amount of snacks", "Trail etiquette reminder: uphill hikers have right of way", "Three days on the coast path & my phone stayed off"],
            ["alltrails.com/trail-guides", "rei.com/learn/day-hiking-checklist", "lnt.org/why/7-principles"]),
    ];

    public static readonly string[] FirstNames =
    [
        "Ava", "Ben", "Chloe", "Diego", "Elena", "Farah", "Gus", "Hana", "Ian", "Jade", "Kofi", "Lena", "Marco", "Nina",
        "Omar", "Priya", "Quinn", "Rosa", "Sam", "Tara", "Uma", "Victor", "Wren", "Xavier", "Yara", "Zoe", "Ali", "Bea",
        "Carl", "Dana", "Emil", "Freya", "Greta", "Hugo", "Ines", "Jonas", "Kira", "Luca", "Maya", "Noah", "Olga", "Pablo",
        "Rhea", "Sven", "Theo", "Ursula", "Vera", "Will", "Yusuf", "Zara", "Astrid", "Bruno", "Celia", "Dev", "Erin", "Felix",
    ];

    public static readonly string[] LastNames =
    [
        "Andersson", "Brooks", "Carvalho", "Diaz", "Eriksen", "Fischer", "Garcia", "Hughes", "Ito", "Jensen", "Kim",
        "Larsen", "Moreau", "Nakamura", "Okafor", "Patel", "Quinlan", "Rossi", "Schmidt", "Tanaka", "Urban", "Varga",
        "Walsh", "Xu", "Young", "Zimmer", "Novak", "Oliveira", "Murphy", "Lindqvist", "Kowalski", "Haddad", "Byrne",
    ];

    public static readonly string[] Roles =
    [
        "Marketing lead", "Founder", "Product manager", "Freelance writer", "Designer", "Developer advocate", "Teacher",
        "Nurse", "Community manager", "Data analyst", "Editor", "Engineer", "Consultant", "Social media manager",
    ];

    public static readonly (string Location, string TimeZone)[] Places =
    [
        ("Portland, OR", "America/Los_Angeles"), ("Austin, TX", "America/Chicago"), ("Brooklyn, NY", "America/New_York"),
        ("London", "Europe/London"), ("Stockholm", "Europe/Stockholm"), ("Berlin", "Europe/Berlin"), ("Toronto", "America/Toronto"),
        ("Melbourne", "Australia/Melbourne"), ("Dublin", "Europe/Dublin"), ("Denver, CO", "America/Denver"),
        ("Lisbon", "Europe/Lisbon"), ("Chicago", "America/Chicago"), ("Vancouver", "America/Vancouver"), ("Amsterdam", "Europe/Amsterdam"),
    ];

    public static readonly string[] ReplyPhrases =
    [
        "so true, this made my morning", "love this & totally agree", "ha! same here", "this is such a good point",
        "congrats, well deserved!", "saving this for later", "tell me more, how did you do it?", "couldn't agree more",
        "thank you for sharing this <3", "you nailed it", "oh I needed this today", "trying this tomorrow",
    ];

    public static readonly string[] QuoteComments =
    [
        "This is the thread everyone should read today", "Exactly what I was trying to say last week", "Bookmarking forever",
        "Great advice from a great human", "Yes yes yes", "The last point is the important one",
    ];

    public static readonly string[] DirectMessagePhrases =
    [
        "Hey! Are you going to the meetup next week?", "Thanks again for the intro, it went really well",
        "Coffee on Thursday?", "Saw this and thought of you", "Can I pick your brain about something?",
        "Congrats on the launch!!", "Running late, 10 minutes", "That article you shared was gold",
        "Would you be up for a guest post?", "Happy birthday!", "Let me know what you think of the draft",
    ];

    public static readonly DemoChat[] Chats =
    [
        new("blogchat", DayOfWeek.Sunday, 21, "America/New_York", -5,
            ["How often do you publish?", "Where do your best ideas come from?", "How do you beat writer's block?", "What is one tool you can't blog without?", "How do you promote a new post?"],
            ["Once a week, every Tuesday, with a batch day on Sunday", "From questions readers ask me", "I go for a walk & come back with the first sentence", "A plain text editor & a timer", "Newsletter first, then a short thread"]),
        new("contentchat", DayOfWeek.Monday, 15, "America/Los_Angeles", -8,
            ["What does your content calendar look like?", "How do you measure content success?", "Long form or short form this year?", "How do you repurpose content?"],
            ["A shared board with themes per month", "Replies & saves over likes", "Both: one long piece feeds five short ones", "Every post becomes a thread, a clip & a newsletter section"]),
        new("photohour", DayOfWeek.Thursday, 20, "Europe/London", 0,
            ["Share a photo from this week!", "What's in your camera bag?", "Film or digital?", "Best light you've ever caught?"],
            ["Harbour at golden hour, no edits", "One body, a 35mm prime & too many batteries", "Both, but film makes me slow down", "Fog rolling over the river at 6am"]),
    ];
}
