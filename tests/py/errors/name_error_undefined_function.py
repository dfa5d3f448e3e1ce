def step_one():
    print("step one done")
def run_all():
    step_one()
    step_two_which_was_never_defined()
run_all()
