// One browser and one app at a time: the machine's two cores are shared with the build.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
